using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>An expert's calendar subscription follows consultations booked and moved; a database of its own, so the expert is the only one.</summary>
public sealed class ExpertCalendarFeedTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_experts_calendar_feed_shows_the_booked_consultation_and_follows_its_move()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 5);
        var expert = await api.ExpertAsync(["documents"]);
        var org = Guid.NewGuid();
        var consultation = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers);
        var slots = await api.SlotsAsync(org, consultation);
        await HttpAnswers.Created(await api.BookAsync(org, consultation, slots[1]));
        var feed = await HttpAnswers.Created(
            await api.Client.PostAsJsonAsync("/api/catalog/calendar-feeds", new { scope = "expert", expertId = expert }));
        using var calendarApp = host.CreateClient();
        var path = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;

        var entry = Assert.Single(Calendar.Load(await calendarApp.GetStringAsync(path))!.Events);
        Assert.Equal("CONFIRMED", entry.Status);
        Assert.Equal(slots[1], new DateTimeOffset(entry.Start!.AsUtc, TimeSpan.Zero));

        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(org, consultation, slots[2])).StatusCode);

        var after = Calendar.Load(await calendarApp.GetStringAsync(path))!.Events.OrderBy(e => e.Start!.AsUtc).ToList();
        Assert.Equal(["CANCELLED", "CONFIRMED"], after.Select(e => e.Status));
        Assert.Equal(entry.Uid, after[0].Uid);
        Assert.NotEqual(entry.Uid, after[1].Uid);
        Assert.Equal(slots[2], new DateTimeOffset(after[1].Start!.AsUtc, TimeSpan.Zero));
    }
}
