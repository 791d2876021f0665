namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>The pure decision after an attempt: delivered, retried after the next delay, or failed for good.</summary>
internal static class RetrySchedule
{
    public static WebhookDelivery After(WebhookDelivery delivery, DeliveryAttempt attempt, IReadOnlyList<TimeSpan> delays)
    {
        var attempts = delivery.Attempts.Append(attempt).ToList();
        var done = delivery with { Attempts = attempts, LeasedUntil = null };
        if (attempt.Succeeded)
        {
            return done with { State = DeliveryState.Delivered };
        }
        // The first attempt is not a retry: n failed attempts wait delays[n-1]; after the last delay it is given up.
        return attempts.Count > delays.Count
            ? done with { State = DeliveryState.Failed }
            : done with { NextAttemptAt = attempt.At + delays[attempts.Count - 1] };
    }
}
