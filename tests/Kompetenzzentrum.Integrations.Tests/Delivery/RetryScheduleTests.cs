using Kompetenzzentrum.Modules.Integrations.Delivery;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;

namespace Kompetenzzentrum.Integrations.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan[] Delays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    private static WebhookDelivery New() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "booking.confirmed", "{}", Now);

    private static DeliveryAttempt Failed(int n, DateTimeOffset at) => new(n, at, 500, 12, "Internal Server Error");

    [Fact]
    public void Given_a_first_failure_Then_retried_after_the_first_delay()
    {
        var next = RetrySchedule.After(New(), Failed(1, Now), Delays);
        Assert.Equal((DeliveryState.Pending, Now.AddSeconds(5)), (next.State, next.NextAttemptAt));
    }

    [Fact]
    public void Given_the_second_failure_Then_the_delay_grows()
    {
        var next = RetrySchedule.After(RetrySchedule.After(New(), Failed(1, Now), Delays), Failed(2, Now.AddSeconds(5)), Delays);
        Assert.Equal((DeliveryState.Pending, Now.AddSeconds(35), 2), (next.State, next.NextAttemptAt, next.Attempts.Count));
    }

    [Fact]
    public void Given_a_failure_after_the_last_delay_Then_failed_for_good()
    {
        var delivery = New();
        for (var n = 1; n <= 4; n++)
        {
            delivery = RetrySchedule.After(delivery, Failed(n, Now), Delays);
        }
        Assert.Equal((DeliveryState.Failed, 4), (delivery.State, delivery.Attempts.Count));
    }

    [Fact]
    public void Given_a_2xx_Then_delivered()
    {
        var next = RetrySchedule.After(New() with { LeasedUntil = Now }, new(1, Now, 202, 5, null), Delays);
        Assert.Equal((DeliveryState.Delivered, null), (next.State, next.LeasedUntil));
    }

    [Fact]
    public void Given_failures_in_a_row_reaching_the_limit_Then_the_receiver_is_disabled_and_a_success_resets_the_count()
    {
        var subscription = new WebhookSubscription(Guid.NewGuid(), "https://example.org/", ["booking.confirmed"], "whsec_x", Now);
        var (after, disabled) = SubscriptionHealth.Record(subscription, [Failed(1, Now), Failed(2, Now)], 3, Now);
        Assert.Equal((2, true, false), (after.ConsecutiveFailures, after.Enabled, disabled));
        var (reset, _) = SubscriptionHealth.Record(after, [new(3, Now, 200, 1, null)], 3, Now);
        Assert.Equal(0, reset.ConsecutiveFailures);
        var (off, nowDisabled) = SubscriptionHealth.Record(after, [Failed(3, Now)], 3, Now);
        Assert.Equal((false, true, SubscriptionHealth.TooManyFailures), (off.Enabled, nowDisabled, off.DisabledReason));
    }
}
