using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class SessionMoveTests(HostFixture host)
{
    [Fact]
    public async Task Given_two_attendees_When_staff_move_the_session_with_its_etag_Then_each_gets_a_request_with_the_same_uid_and_a_higher_sequence()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 5);
        var (first, second) = (SessionLifecycleApi.NewEmail(), SessionLifecycleApi.NewEmail());
        var firstBooking = await lifecycle.BookAsync(session, Guid.NewGuid(), first);
        await lifecycle.BookAsync(session, Guid.NewGuid(), second);
        var (_, etag) = await lifecycle.GetAsync(session);
        var starts = SessionLifecycleApi.Hour(TimeSpan.FromDays(20));

        var moved = await lifecycle.MoveAsync(session, new { startsAt = starts, endsAt = starts.AddHours(2) }, etag);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.NotEqual(etag, moved.Headers.ETag!.Tag);
        var answer = (await moved.Content.ReadFromJsonAsync<SessionAnswer>(HostFixture.Json))!;
        Assert.Equal(starts, answer.StartsAt);
        foreach (var email in new[] { first, second })
        {
            var mails = await lifecycle.MailsAsync(email, 2);
            Assert.Equal(["catalog.booking-confirmed", "catalog.booking-moved"], mails.Select(m => m.Category));
            var (confirmed, update) = (SessionLifecycleApi.Ics(mails[0]), SessionLifecycleApi.Ics(mails[1]));
            Assert.Equal("REQUEST", update.Method);
            Assert.Equal(confirmed.Events.Single().Uid, update.Events.Single().Uid);
            Assert.True(update.Events.Single().Sequence > confirmed.Events.Single().Sequence);
            Assert.Equal(starts, new DateTimeOffset(update.Events.Single().Start!.AsUtc, TimeSpan.Zero));
            Assert.Equal(starts.AddHours(2), new DateTimeOffset(update.Events.Single().End!.AsUtc, TimeSpan.Zero));
        }
        Assert.Equal($"{firstBooking.BookingId:D}@kompetenzzentrum",
            SessionLifecycleApi.Ics((await lifecycle.MailsAsync(first, 2))[1]).Events.Single().Uid);
    }

    [Fact]
    public async Task Given_a_session_When_moved_with_a_stale_etag_or_none_Then_412_or_428_and_nothing_changes()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 5);
        var (before, etag) = await lifecycle.GetAsync(session);
        Assert.Equal(HttpStatusCode.OK, (await lifecycle.MoveAsync(session, new { capacity = 6 }, etag)).StatusCode);

        var stale = await lifecycle.MoveAsync(session, new { capacity = 9 }, etag);
        var missing = await lifecycle.MoveAsync(session, new { capacity = 9 }, null);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        var (after, _) = await lifecycle.GetAsync(session);
        Assert.Equal(6, after.Capacity);
        Assert.Equal(before.StartsAt, after.StartsAt);
    }

    [Theory]
    [InlineData("en", "The session must start in the future.")]
    [InlineData("de", "Der Termin muss in der Zukunft beginnen.")]
    public async Task Given_a_session_When_moved_into_the_past_Then_400_naming_startsAt_in_the_request_language_and_nothing_changes(
        string language, string message)
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 5);
        var (before, etag) = await lifecycle.GetAsync(session);

        var response = await lifecycle.MoveAsync(session, new { startsAt = DateTimeOffset.UtcNow.AddDays(-1) }, etag, language);

        var problem = await CatalogApi.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("startsAt")[0].GetString());
        var (after, etagAfter) = await lifecycle.GetAsync(session);
        Assert.Equal(before, after);
        Assert.Equal(etag, etagAfter);
    }

    [Theory]
    [InlineData("en", "The capacity cannot go below the seats taken: 3 seats are taken, 2 were requested.")]
    [InlineData("de", "Die Kapazität kann nicht unter die belegten Plätze sinken: 3 Plätze sind belegt, 2 wurden angegeben.")]
    public async Task Given_three_seats_taken_When_the_capacity_is_lowered_to_two_Then_409_naming_both_numbers_and_nothing_changes(
        string language, string title)
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 5);
        await lifecycle.BookAsync(session, Guid.NewGuid(), null, seats: 2);
        await lifecycle.BookAsync(session, Guid.NewGuid(), null);
        var (before, etag) = await lifecycle.GetAsync(session);

        var response = await lifecycle.MoveAsync(session, new { capacity = 2 }, etag, language);

        var problem = await CatalogApi.Problem(response, HttpStatusCode.Conflict);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal("catalog.capacity-below-taken", problem.GetProperty("code").GetString());
        Assert.Equal(before, (await lifecycle.GetAsync(session)).Session);
    }

    [Fact]
    public async Task Given_a_full_session_with_a_waitlist_When_the_capacity_is_raised_by_two_Then_the_first_two_in_line_are_offered_seats_in_order()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 1);
        await lifecycle.BookAsync(session, Guid.NewGuid(), null);
        var waiting = new List<BookingAnswer>();
        for (var i = 0; i < 3; i++)
        {
            waiting.Add(await lifecycle.BookAsync(session, Guid.NewGuid(), null));
        }
        Assert.All(waiting, w => Assert.Equal("waitlisted", w.Status));
        var (_, etag) = await lifecycle.GetAsync(session);

        Assert.Equal(HttpStatusCode.OK, (await lifecycle.MoveAsync(session, new { capacity = 3 }, etag)).StatusCode);

        var statuses = new List<BookingAnswer>();
        foreach (var w in waiting)
        {
            statuses.Add(await lifecycle.BookingAsync(session, w.BookingId));
        }
        Assert.Equal(["offered", "offered", "waitlisted"], statuses.Select(s => s.Status));
        Assert.Equal(1, statuses[2].WaitlistPosition);
        var (after, _) = await lifecycle.GetAsync(session);
        Assert.Equal((3, 3, 1), (after.Capacity, after.SeatsTaken, after.Waitlisted));
    }

    [Fact]
    public async Task Given_an_organisation_feed_When_the_session_moves_Then_the_feed_shows_the_same_uid_at_the_new_time_with_a_higher_sequence()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 2);
        var member = await host.CreateOrganisationAdminAsync();
        await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session, CatalogApi.Booking(member.OrganisationId!.Value, "Erika")));
        var feed = (await (await member.Client.PostAsJsonAsync("/api/catalog/calendar-feeds", new { scope = "organisation" }))
            .Content.ReadFromJsonAsync<FeedAnswer>(HostFixture.Json))!;
        using var calendarApp = host.CreateClient();
        var path = new Uri(feed.Url).PathAndQuery;
        var before = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(path))!.Events.Single();
        var starts = SessionLifecycleApi.Hour(TimeSpan.FromDays(21));

        Assert.Equal(HttpStatusCode.OK, (await lifecycle.MoveAsync(session, new { startsAt = starts }, (await lifecycle.GetAsync(session)).ETag))
            .StatusCode);

        var after = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(path))!.Events.Single();
        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence, $"sequence {after.Sequence} after {before.Sequence}");
        Assert.Equal(starts, new DateTimeOffset(after.Start!.AsUtc, TimeSpan.Zero));
        Assert.Equal(starts.AddHours(3), new DateTimeOffset(after.End!.AsUtc, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_member_cannot_move_or_cancel_a_session()
    {
        using var api = new CatalogApi(host);
        var lifecycle = new SessionLifecycleApi(host, api);
        var session = await api.SessionAsync(capacity: 2);
        var member = await host.CreateOrganisationAdminAsync();

        var move = await lifecycle.MoveAsync(session, new { capacity = 9 }, "\"0\"", client: member.Client);
        var cancel = await member.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/cancel", new { reason = "nope" });

        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        var (after, _) = await lifecycle.GetAsync(session);
        Assert.Equal((2, false), (after.Capacity, after.Cancelled));
    }

    private sealed record FeedAnswer(Guid Id, string Url);
}
