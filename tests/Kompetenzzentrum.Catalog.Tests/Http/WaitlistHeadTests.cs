using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// A booking reads only the head of a long waitlist, as far as the seats it could offer reach; places in line and
/// the offers it makes on the way are the same as with the whole line read.
/// </summary>
public sealed class WaitlistHeadTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    [Fact]
    public async Task Given_a_full_session_with_a_line_When_an_offer_lapsed_and_somebody_books_Then_the_next_in_line_is_offered_and_places_count_on()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var holder = Guid.NewGuid();
        var held = await CatalogApi.Created(await api.BookAsync(session, holder));
        await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid()));
        var waiting = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            waiting.Add(await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid())));
        }
        // Full: the booking reads none of the line, and still knows its place at the end of it.
        Assert.Equal([1, 2, 3, 4, 5], waiting.Select(w => w.GetProperty("waitlistPosition").GetInt32()));
        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{held.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = holder });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("offered", await StatusAsync(api, session, waiting[0]));

        // The offer runs out unanswered; the next booking sweeps it and offers the seat to the second in line.
        host.Clock.Advance(TimeSpan.FromHours(49));
        // A new sign-in: the first one has run out with the clock.
        using var later = await host.AdminAsync();
        var late = await CatalogApi.Created(await CatalogApi.BookAsync(later, session, CatalogApi.Booking(Guid.NewGuid(), "Erika Mustermann")));

        Assert.Equal("lapsed", await StatusAsync(later, session, waiting[0]));
        Assert.Equal("offered", await StatusAsync(later, session, waiting[1]));
        Assert.Equal("waitlisted", late.GetProperty("status").GetString());
        Assert.Equal(4, late.GetProperty("waitlistPosition").GetInt32());
        var third = await later.GetFromJsonAsync<JsonElement>(
            $"/api/catalog/sessions/{session}/bookings/{waiting[2].GetProperty("bookingId").GetGuid()}");
        Assert.Equal(1, third.GetProperty("waitlistPosition").GetInt32());
    }

    private static async Task<string?> StatusAsync(CatalogApi api, Guid session, JsonElement booking) =>
        await StatusAsync(api.Client, session, booking);

    private static async Task<string?> StatusAsync(HttpClient client, Guid session, JsonElement booking) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings/{booking.GetProperty("bookingId").GetGuid()}"))
        .GetProperty("status").GetString();
}
