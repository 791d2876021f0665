using Kompetenzzentrum.Modules.Integrations.Events;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;

namespace Kompetenzzentrum.Integrations.Tests.Delivery;

public sealed class WebhookRegistrationDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("mailto:a@example.org")]
    [InlineData("example.org/hooks")]
    [InlineData("")]
    public void Given_no_absolute_http_address_Then_refused_naming_url(string url)
    {
        var refusal = WebhookRegistration.Decide(new(url, ["booking.confirmed"]), Guid.NewGuid(), "whsec_x", Now).Refusal!;
        Assert.Equal(["url"], refusal.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Given_known_types_twice_Then_stored_once_each()
    {
        var ok = WebhookRegistration.Decide(new("https://example.org/h", ["booking.confirmed", "booking.confirmed", "check.completed"]),
            Guid.NewGuid(), "whsec_x", Now).Value;
        Assert.Equal(["booking.confirmed", "check.completed"], ok.EventTypes);
    }

    [Fact]
    public void Every_catalogued_type_is_known_and_a_booking_event_maps_to_its_type()
    {
        Assert.All(WebhookEventCatalog.Types, t => Assert.True(WebhookEventCatalog.IsKnown(t.Name)));
        var e = new Contracts.Catalog.BookingCancelled(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "sprint", ["ki"], Guid.NewGuid(), 2, Now);
        Assert.Equal("booking.cancelled", WebhookEventCatalog.Map(e)!.Value.Type);
    }
}
