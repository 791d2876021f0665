using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class CancellationTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_full_session_When_the_confirmed_organisation_cancels_Then_the_first_waiting_gets_a_time_limited_offer_it_can_accept()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (holder, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var held = await CatalogApi.Created(await api.BookAsync(session, holder));
        var waiting = await CatalogApi.Created(await api.BookAsync(session, first));
        var behind = await CatalogApi.Created(await api.BookAsync(session, second));
        Assert.Equal(2, behind.GetProperty("waitlistPosition").GetInt32());

        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{held.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = holder });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (await cancel.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetString());
        var waitingUrl = $"/api/catalog/sessions/{session}/bookings/{waiting.GetProperty("bookingId").GetGuid()}";
        var offered = await api.GetAsync(waitingUrl);
        Assert.Equal("offered", offered.GetProperty("status").GetString());
        Assert.True(offered.GetProperty("offerExpiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(47));
        var moved = await api.GetAsync($"/api/catalog/sessions/{session}/bookings/{behind.GetProperty("bookingId").GetGuid()}");
        Assert.Equal(1, moved.GetProperty("waitlistPosition").GetInt32());
        var view = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal(1, view.GetProperty("seatsTaken").GetInt32());
        Assert.Equal(1, view.GetProperty("waitlisted").GetInt32());

        var accepted = await api.Client.PostAsJsonAsync(waitingUrl + "/accept", new { organisationId = first });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("confirmed", (await api.GetAsync(waitingUrl)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_cancellation_deadline_passed_When_the_member_cancels_Then_409_and_the_seat_stays_taken_but_staff_may_still_cancel()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2, deadlineHours: 48, startsIn: TimeSpan.FromHours(5));
        var member = await host.CreateOrganisationAdminAsync();
        var booking = await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session,
            CatalogApi.Booking(member.OrganisationId!.Value, "Erika Mustermann")));
        var url = $"/api/catalog/sessions/{session}/bookings/{booking.GetProperty("bookingId").GetGuid()}/cancel";

        var cancel = await member.Client.PostAsJsonAsync(url, new { organisationId = member.OrganisationId });

        await CatalogApi.Problem(cancel, HttpStatusCode.Conflict);
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
        var byStaff = await api.Client.PostAsJsonAsync(url, new { organisationId = member.OrganisationId });
        Assert.Equal(HttpStatusCode.OK, byStaff.StatusCode);
        Assert.Equal(0, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task Given_a_booking_When_another_organisation_cancels_it_Then_403()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var booking = await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid()));

        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{booking.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = Guid.NewGuid() });

        await CatalogApi.Problem(cancel, HttpStatusCode.Forbidden);
    }
}
