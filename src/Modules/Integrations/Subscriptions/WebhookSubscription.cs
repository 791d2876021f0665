namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary>
/// A receiver staff registered: where to POST which event types, signed with its secret. Disabled by staff or after
/// <c>DisableAfterFailures</c> failed attempts in a row.
/// </summary>
internal sealed record WebhookSubscription(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string Secret, DateTimeOffset CreatedAt)
{
    public bool Enabled { get; init; } = true;

    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }

    public string? DisabledReason { get; init; }

    public bool Wants(string eventType) => Enabled && EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>What staff see: everything but the secret.</summary>
    public WebhookSubscriptionView ToView() => new(Id, Url, EventTypes, Enabled, ConsecutiveFailures, CreatedAt, DisabledAt, DisabledReason);
}

/// <summary>A subscription as listed: never its secret, which is shown once, when it is created.</summary>
internal sealed record WebhookSubscriptionView(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, int ConsecutiveFailures, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt, string? DisabledReason);

/// <summary>The answer of a registration: the view and, this once, the secret.</summary>
internal sealed record WebhookCreated(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset CreatedAt, string Secret);
