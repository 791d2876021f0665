using Kompetenzzentrum.Modules.Integrations.Subscriptions;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>The pure decision on a receiver after attempts: a success resets its failure count, too many in a row disable it.</summary>
internal static class SubscriptionHealth
{
    public const string ByStaff = "staff";
    public const string TooManyFailures = "failures";

    /// <summary>The subscription after the attempts, and whether these attempts disabled it.</summary>
    public static (WebhookSubscription Subscription, bool Disabled) Record(
        WebhookSubscription subscription, IEnumerable<DeliveryAttempt> attempts, int disableAfter, DateTimeOffset now)
    {
        var current = subscription;
        foreach (var attempt in attempts)
        {
            current = current with { ConsecutiveFailures = attempt.Succeeded ? 0 : current.ConsecutiveFailures + 1 };
        }
        var disable = current.Enabled && current.ConsecutiveFailures >= disableAfter;
        return disable
            ? (current with { Enabled = false, DisabledAt = now, DisabledReason = TooManyFailures }, true)
            : (current, false);
    }
}
