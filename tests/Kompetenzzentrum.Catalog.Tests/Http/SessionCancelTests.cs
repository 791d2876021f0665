using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class SessionCancelTests(HostFixture host)
{
    [Fact]
    public async Task Given_confirmed_and_waiting_bookings_When_staff_cancel_the_session_Then_all_end_and_each_contact_gets_a_cancel_with_the_reason()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 1);
        var (confirmedEmail, waitingEmail) = (SessionLifecycleApi.NewEmail(), SessionLifecycleApi.NewEmail());
        var confirmed = await lifecycle.BookAsync(session, Guid.NewGuid(), confirmedEmail);
        var waiting = await lifecycle.BookAsync(session, Guid.NewGuid(), waitingEmail);
        Assert.Equal("waitlisted", waiting.Status);

        var response = await lifecycle.CancelAsync(session, "Die Referentin ist erkrankt.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<SessionAnswer>(HostFixture.Json))!.Cancelled);
        Assert.Equal("cancelled", (await lifecycle.BookingAsync(session, confirmed.BookingId)).Status);
        Assert.Equal("cancelled", (await lifecycle.BookingAsync(session, waiting.BookingId)).Status);
        var (after, _) = await lifecycle.GetAsync(session);
        Assert.Equal((0, 0, true), (after.SeatsTaken, after.Waitlisted, after.Cancelled));
        foreach (var (email, first) in new[] { (confirmedEmail, "catalog.booking-confirmed"), (waitingEmail, "catalog.booking-waitlisted") })
        {
            var mails = await lifecycle.MailsAsync(email, 2);
            Assert.Equal([first, "catalog.booking-session-cancelled"], mails.Select(m => m.Category));
            Assert.Contains("Die Referentin ist erkrankt.", mails[1].TextBody, StringComparison.Ordinal);
            var (booked, cancelled) = (SessionLifecycleApi.Ics(mails[0]), SessionLifecycleApi.Ics(mails[1]));
            Assert.Equal("CANCEL", cancelled.Method);
            Assert.Equal("CANCELLED", cancelled.Events.Single().Status);
            Assert.Equal(booked.Events.Single().Uid, cancelled.Events.Single().Uid);
            Assert.True(cancelled.Events.Single().Sequence > booked.Events.Single().Sequence);
        }
    }

    [Fact]
    public async Task Given_a_cancelled_session_Then_it_takes_no_booking_and_a_second_cancel_or_a_move_is_409()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 3);
        Assert.Equal(HttpStatusCode.OK, (await lifecycle.CancelAsync(session, "Zu wenige Anmeldungen")).StatusCode);

        var booking = await api.BookAsync(session, Guid.NewGuid());
        var again = await lifecycle.CancelAsync(session, "Noch einmal");
        var move = await lifecycle.MoveAsync(session, new { capacity = 5 }, (await lifecycle.GetAsync(session)).ETag);

        Assert.Equal("catalog.session-cancelled", (await CatalogApi.Problem(booking, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("The session is cancelled.", (await CatalogApi.Problem(again, HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        Assert.Equal(0, (await lifecycle.GetAsync(session)).Session.SeatsTaken);
    }

    [Theory]
    [InlineData("en", "Please give a reason for the cancellation.")]
    [InlineData("de", "Bitte geben Sie einen Grund für die Absage an.")]
    public async Task Given_no_reason_When_cancelling_Then_400_naming_the_reason_and_the_session_stays(string language, string message)
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 3);
        var booking = await lifecycle.BookAsync(session, Guid.NewGuid(), null);

        var response = await lifecycle.CancelAsync(session, "  ", language);

        var problem = await CatalogApi.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.False((await lifecycle.GetAsync(session)).Session.Cancelled);
        Assert.Equal("confirmed", (await lifecycle.BookingAsync(session, booking.BookingId)).Status);
    }

    [Fact]
    public async Task Given_a_package_booking_When_one_of_its_sessions_is_cancelled_Then_that_item_is_freed_and_the_other_stays_booked()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var (cancelled, kept) = (await api.SessionAsync(capacity: 3), await api.SessionAsync(capacity: 3));
        var package = (await (await api.Client.PostAsJsonAsync("/api/catalog/package-bookings", new
        {
            organisationId = Guid.NewGuid(),
            attendees = new[] { new { name = "Erika Mustermann" } },
            sessionIds = new[] { cancelled, kept },
            waitlistFullItems = false,
        })).Content.ReadFromJsonAsync<PackageAnswer>(HostFixture.Json))!;

        Assert.Equal(HttpStatusCode.OK, (await lifecycle.CancelAsync(cancelled, "Raum nicht verfügbar")).StatusCode);

        var after = (await api.Client.GetFromJsonAsync<PackageAnswer>($"/api/catalog/package-bookings/{package.PackageBookingId}",
            HostFixture.Json))!;
        var items = after.Items.ToDictionary(i => i.SessionId!.Value, i => i.Status);
        Assert.Equal("cancelled", items[cancelled]);
        Assert.Equal("confirmed", items[kept]);
        Assert.Equal(0, (await lifecycle.GetAsync(cancelled)).Session.SeatsTaken);
        Assert.Equal(1, (await lifecycle.GetAsync(kept)).Session.SeatsTaken);
    }

    private sealed record PackageAnswer(Guid PackageBookingId, IReadOnlyList<PackageItemAnswer> Items);

    private sealed record PackageItemAnswer(Guid? SessionId, Guid BookingId, string Status);
}
