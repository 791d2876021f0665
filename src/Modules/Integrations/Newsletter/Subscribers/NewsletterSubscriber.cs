using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>Where a subscriber stands: asked (not yet confirmed), confirmed, or withdrawn.</summary>
internal enum SubscriberStatus
{
    Pending,
    Confirmed,
    Withdrawn,
}

/// <summary>A newsletter subscriber as the stream of its address says; the stream id derives from the address.</summary>
internal sealed record NewsletterSubscriber(
    Guid Id, string Email, string? Organisation, Guid? OrganisationId, IReadOnlyList<string> Topics, string Language,
    SubscriberStatus Status, string? TokenHash, DateTimeOffset RequestedAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? WithdrawnAt)
{
    /// <summary>The member's account when a signed-in member asked with its own address (found by it on erasure).</summary>
    public Guid? AccountId { get; init; }

    public static NewsletterSubscriber Start(NewsletterSubscriptionRequested e) =>
        new(e.SubscriberId, e.Email, e.Organisation, e.OrganisationId, e.Topics, e.Language, SubscriberStatus.Pending, e.TokenHash, e.At, null, null)
        {
            AccountId = e.AccountId,
        };

    public NewsletterSubscriber Evolve(object e) => e switch
    {
        NewsletterSubscriptionRequested r => this with
        {
            Organisation = r.Organisation ?? Organisation,
            OrganisationId = r.OrganisationId ?? OrganisationId,
            AccountId = r.AccountId ?? AccountId,
            Topics = r.Topics,
            Language = r.Language,
            Status = Status == SubscriberStatus.Confirmed ? SubscriberStatus.Confirmed : SubscriberStatus.Pending,
            TokenHash = r.TokenHash,
            RequestedAt = r.At,
        },
        NewsletterConsentGiven g => this with { Status = SubscriberStatus.Confirmed, TokenHash = null, ConfirmedAt = g.At, WithdrawnAt = null },
        NewsletterConsentWithdrawn w => this with { Status = SubscriberStatus.Withdrawn, TokenHash = null, WithdrawnAt = w.At },
        _ => this,
    };
}

/// <summary>Keeps <see cref="NewsletterSubscriber"/> in step with its stream (inline).</summary>
internal sealed partial class NewsletterSubscriberProjection : SingleStreamProjection<NewsletterSubscriber, Guid>
{
    public static NewsletterSubscriber Create(NewsletterSubscriptionRequested e) => NewsletterSubscriber.Start(e);

    public static NewsletterSubscriber Apply(NewsletterSubscriptionRequested e, NewsletterSubscriber s) => s.Evolve(e);

    public static NewsletterSubscriber Apply(NewsletterConsentGiven e, NewsletterSubscriber s) => s.Evolve(e);

    public static NewsletterSubscriber Apply(NewsletterConsentWithdrawn e, NewsletterSubscriber s) => s.Evolve(e);
}
