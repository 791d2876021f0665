using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>The default booking mails count seats in the singular and the plural, in German and English.</summary>
[Collection(CatalogHost.Name)]
public sealed class BookingMailPluralTests(HostFixture host)
{
    [Theory]
    [InlineData("catalog.booking-confirmed", "de", 1, "Ihre Buchung ist bestätigt (1 Platz).")]
    [InlineData("catalog.booking-confirmed", "de", 2, "Ihre Buchung ist bestätigt (2 Plätze).")]
    [InlineData("catalog.booking-confirmed", "en", 1, "Your booking is confirmed (1 seat).")]
    [InlineData("catalog.booking-confirmed", "en", 2, "Your booking is confirmed (2 seats).")]
    [InlineData("catalog.booking-pending", "de", 1, "Ihre Anfrage (1 Platz) ist eingegangen.")]
    [InlineData("catalog.booking-pending", "en", 3, "We received your request (3 seats).")]
    public async Task A_booking_mail_counts_its_seats_in_the_right_form(string template, string language, int seats, string expected)
    {
        var renderer = host.Factory.Services.GetRequiredService<ITemplateRenderer>();
        var model = new { Title = "Erlebnistour", Starts = "01.12.2026 09:00", Ends = "01.12.2026 12:00", Place = (string?)null, Seats = seats };

        var text = await renderer.RenderAsync(template, language, model, CancellationToken.None);

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }
}
