namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>Where one recipient's mail stands: queued, in the outbox, failed to render, or skipped (withdrawn meanwhile).</summary>
internal enum RecipientState
{
    Queued,
    Sent,
    Failed,
    Skipped,
}

/// <summary>
/// One recipient of a sent campaign; its id derives from campaign and subscriber (one row each, whatever is retried) and
/// is also the id of the outbox mail, so a mail queued twice is kept once.
/// </summary>
internal sealed record CampaignRecipient(Guid Id, Guid CampaignId, Guid SubscriberId, RecipientState State, DateTimeOffset QueuedAt)
{
    public DateTimeOffset? LeasedUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? Error { get; init; }
}
