using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// The staff dashboard's figures over <c>GET /api/catalog/dashboard</c>; the clock moves past a session's start to mark
/// attendance.
/// </summary>
public sealed class StaffDashboardTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    private static Task<HttpResponseMessage> Mark(HttpClient client, Guid session, Guid booking, int attended) =>
        client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/attendance", new { attended });

    private static JsonElement? Row(JsonElement figures, string list, Guid session) => figures.GetProperty(list).EnumerateArray()
        .Select(s => (JsonElement?)s).FirstOrDefault(s => s!.Value.GetProperty("sessionId").GetGuid() == session);

    private static int Booked(JsonElement figures) =>
        figures.GetProperty("bookingsPerWeek").EnumerateArray().Sum(w => w.GetProperty("bookings").GetInt32());

    [Fact]
    public async Task Given_bookings_a_waitlist_and_a_no_show_When_staff_load_the_dashboard_Then_the_figures_count_them()
    {
        using var api = new CatalogApi(host);
        var soon = await api.SessionAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));
        var later = await api.SessionAsync(capacity: 2, startsIn: TimeSpan.FromDays(10));
        var came = (await CatalogApi.Created(await api.BookAsync(soon, Guid.NewGuid(), null, "Erika Mustermann", "Max Mustermann")))
            .GetProperty("bookingId").GetGuid();
        var absent = (await CatalogApi.Created(await api.BookAsync(soon, Guid.NewGuid()))).GetProperty("bookingId").GetGuid();
        await CatalogApi.Created(await api.BookAsync(later, Guid.NewGuid(), null, "Erika Mustermann", "Max Mustermann"));
        await CatalogApi.Created(await api.BookAsync(later, Guid.NewGuid())); // the session is full: waitlisted

        var before = await CatalogApi.Ok(await api.Client.GetAsync("/api/catalog/dashboard"));
        Assert.Equal(12, before.GetProperty("bookingsPerWeek").GetArrayLength());
        Assert.Equal(4, Booked(before));
        Assert.Equal(4, before.GetProperty("bookingsPerWeek")[11].GetProperty("bookings").GetInt32()); // all made this week
        Assert.Equal(2, Row(before, "freeSeats", soon)!.Value.GetProperty("free").GetInt32());
        Assert.Null(Row(before, "freeSeats", later)); // full
        Assert.Equal(1, Row(before, "waitlists", later)!.Value.GetProperty("waiting").GetInt32());
        Assert.Null(Row(before, "waitlists", soon));
        Assert.Equal(0, before.GetProperty("noShows").GetProperty("marked").GetInt32());

        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        using var staff = await host.AdminAsync(); // a fresh sign-in: the first one's token ran out with the clock
        Assert.Equal(HttpStatusCode.OK, (await Mark(staff, soon, came, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Mark(staff, soon, absent, 0)).StatusCode);

        var after = await CatalogApi.Ok(await staff.GetAsync("/api/catalog/dashboard"));
        var noShows = after.GetProperty("noShows");
        Assert.Equal((1, 2), (noShows.GetProperty("noShows").GetInt32(), noShows.GetProperty("marked").GetInt32()));
        Assert.Equal(0.5, noShows.GetProperty("rate").GetDouble(), 3);
        var fill = Assert.Single(after.GetProperty("fillRates").EnumerateArray()); // only the started session counts
        Assert.Equal("experience-tour", fill.GetProperty("offeringType").GetString());
        Assert.Equal((3, 5), (fill.GetProperty("taken").GetInt32(), fill.GetProperty("capacity").GetInt32()));
        Assert.Equal(0.6, fill.GetProperty("rate").GetDouble(), 3);
        Assert.Null(Row(after, "freeSeats", soon)); // started
        Assert.Equal(4, Booked(after));

        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/catalog/dashboard")).StatusCode);
    }
}
