using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>
/// The segment dimensions fed by other modules' public events, end to end: the event is appended by the module that owns it
/// (a Digitalisierungs-Check, a completed catalog participation), and a subscriber of that organisation is then counted and
/// mailed while one of another organisation is not. Counts are compared before and after, since the class shares one host.
/// </summary>
public sealed class SegmentDimensionTests(ClockedNewsletterFixture host) : IClassFixture<ClockedNewsletterFixture>
{
    private sealed record CheckResult(string Level, Dictionary<string, double> TopicGaps);

    private sealed record Created(Guid Id);

    private sealed record BookingCreated(Guid BookingId);

    private async Task<CheckResult> CheckAsync(TestUser member, int dimension, params (string Topic, int Relevance, int Implementation)[] gaps)
    {
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        var answers = MaturityApi.Answers(set, dimension, gaps);
        var taken = await MaturityApi.TakeAsync(member.Client, member.OrganisationId!.Value, set.GetProperty("id").GetInt32(), answers);
        return taken.Deserialize<CheckResult>(HostFixture.Json)!;
    }

    [Fact]
    public async Task Given_checks_with_different_levels_When_a_campaign_goes_to_one_level_Then_only_that_member_is_counted_and_mailed()
    {
        var inside = await NewsletterApi.MemberConfirmedAsync(host);
        var outside = await NewsletterApi.MemberConfirmedAsync(host);
        using var staff = await host.AdminAsync();
        var before = await NewsletterApi.SegmentSizeAsync(staff, new { levels = new[] { "Vorreiter" } });

        var high = await CheckAsync(inside, 4);
        var low = await CheckAsync(outside, 1);

        Assert.Equal(("Vorreiter", "Entdecker"), (high.Level, low.Level));
        Assert.Equal(before + 1, await NewsletterApi.SegmentSizeAsync(staff, new { levels = new[] { "Vorreiter" } }));
        await NewsletterApi.SendToAsync(host, staff, new { levels = new[] { "Vorreiter" } });
        Assert.Single(await NewsletterApi.CampaignMailsToAsync(host, inside.Email));
        Assert.Empty(await NewsletterApi.CampaignMailsToAsync(host, outside.Email));
    }

    [Fact]
    public async Task Given_a_check_showing_a_need_When_a_campaign_goes_to_that_topic_Then_the_member_without_own_topics_is_counted_and_mailed()
    {
        var inside = await NewsletterApi.MemberConfirmedAsync(host); // no topics of its own: the organisation's need decides
        var outside = await NewsletterApi.MemberConfirmedAsync(host);
        using var staff = await host.AdminAsync();
        var before = await NewsletterApi.SegmentSizeAsync(staff, new { topics = new[] { "daten" } });

        var needing = await CheckAsync(inside, 2, ("daten", 5, 1));
        var satisfied = await CheckAsync(outside, 2);

        Assert.Contains("daten", needing.TopicGaps.Keys);
        Assert.DoesNotContain("daten", satisfied.TopicGaps.Keys);
        Assert.Equal(before + 1, await NewsletterApi.SegmentSizeAsync(staff, new { topics = new[] { "daten" } }));
        await NewsletterApi.SendToAsync(host, staff, new { topics = new[] { "daten" } });
        Assert.Single(await NewsletterApi.CampaignMailsToAsync(host, inside.Email));
        Assert.Empty(await NewsletterApi.CampaignMailsToAsync(host, outside.Email));
    }

    [Fact]
    public async Task Given_a_completed_tour_When_a_campaign_goes_to_past_tour_participants_Then_only_the_participant_is_counted_and_mailed()
    {
        var inside = await NewsletterApi.MemberConfirmedAsync(host);
        var outside = await NewsletterApi.MemberConfirmedAsync(host); // booked the same tour, but did not come
        var segment = new { offeringTypes = new[] { "experience-tour" } };
        var booker = await host.CreateUserAsync("center-staff");
        var offering = await CatalogSetup.PublishedOfferingAsync(booker.Client, "experience-tour", "Programm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour Logistik", "Logistics tour"), ("Ein Vormittag im Lager.", "A morning at the warehouse."), ["automatisierung"]);
        var starts = host.Clock.GetUtcNow().AddDays(3);
        var session = (await (await booker.Client.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(3), capacity = 10 })).Content.ReadFromJsonAsync<Created>())!.Id;
        var came = await BookAsync(inside, session);
        var stayedAway = await BookAsync(outside, session);
        using var early = await host.AdminAsync();
        var before = await NewsletterApi.SegmentSizeAsync(early, segment);
        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        using var staff = await host.AdminAsync(); // the sign-in before the three days has expired

        await RecordAsync(staff, session, came, attended: 1);
        await RecordAsync(staff, session, stayedAway, attended: 0);
        var completed = await staff.PostAsync($"/api/catalog/sessions/{session}/bookings/{came}/complete", null);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(before + 1, await NewsletterApi.SegmentSizeAsync(staff, segment));
        await NewsletterApi.SendToAsync(host, staff, segment);
        Assert.Single(await NewsletterApi.CampaignMailsToAsync(host, inside.Email));
        Assert.Empty(await NewsletterApi.CampaignMailsToAsync(host, outside.Email));
    }

    private static async Task<Guid> BookAsync(TestUser member, Guid session)
    {
        var response = await member.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = member.OrganisationId, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BookingCreated>())!.BookingId;
    }

    private static async Task RecordAsync(HttpClient staff, Guid session, Guid booking, int attended)
    {
        var response = await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/attendance", new { attended });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
