using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>A campaign's stage: a draft staff edit and preview, then sending (its recipients queued), never back.</summary>
internal enum CampaignStatus
{
    Draft,
    Sending,
}

/// <summary>A newsletter or announcement staff wrote: subject and Scriban body, in one language, to a segment.</summary>
internal sealed record Campaign(
    Guid Id, string Subject, string Body, string Language, Segment Segment, CampaignStatus Status, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>How many recipients were queued when it was sent.</summary>
    public int Queued { get; init; }
}

/// <summary>The body of a new campaign (<c>POST /api/newsletter/campaigns</c>).</summary>
internal sealed record DraftCampaign(string? Subject, string? Body, string? Language, Segment? Segment);

/// <summary>A campaign as listed: with the segment's current size and, once sent, its recipients by state.</summary>
internal sealed record CampaignView(
    Guid Id, string Subject, string Body, string Language, Segment Segment, CampaignStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt, int SegmentSize, int Queued, int Sent, int Failed, int Skipped);

/// <summary>A campaign rendered for one sample recipient of its segment (or a made-up one when the segment is empty).</summary>
internal sealed record CampaignPreview(string Subject, string Text, string SampleRecipient, int RecipientCount);
