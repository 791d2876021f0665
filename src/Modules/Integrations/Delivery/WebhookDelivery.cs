namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// One event for one subscription: the exact body to send (so every retry sends the same bytes, signed afresh),
/// its state and every attempt. Its id is the <c>webhook-id</c>, the same on every retry, so receivers can drop repeats.
/// </summary>
internal sealed record WebhookDelivery(
    Guid Id, Guid SubscriptionId, Guid EventId, string EventType, string Payload, DateTimeOffset CreatedAt)
{
    public DeliveryState State { get; init; } = DeliveryState.Pending;

    /// <summary>When the next attempt is due (pending deliveries only).</summary>
    public DateTimeOffset NextAttemptAt { get; init; } = CreatedAt;

    /// <summary>Set in the database while a worker holds the delivery; a crashed worker's lease runs out.</summary>
    public DateTimeOffset? LeasedUntil { get; init; }

    public IReadOnlyList<DeliveryAttempt> Attempts { get; init; } = [];
}

/// <summary>Where a delivery stands.</summary>
internal enum DeliveryState
{
    Pending,
    Delivered,
    Failed,
    Abandoned,
}

/// <summary>One POST to the receiver: its answer's status (none when it did not answer), how long it took, what went wrong.</summary>
internal sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, long DurationMs, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
