using System.Net;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>One expert, many organisations: a slot is taken exactly once, and the quarterly limit holds.</summary>
public sealed class BookingRaceTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_20_organisations_racing_for_one_slot_Then_exactly_one_wins_and_the_rest_get_409()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["vision"]);
        var organisations = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var consultations = new List<(Guid Org, Guid Id)>();
        foreach (var org in organisations)
        {
            consultations.Add((org, await api.AnsweredAsync(org, offering)));
        }
        var slot = (await api.SlotsAsync(organisations[0], consultations[0].Id))[2];

        var answers = await Task.WhenAll(consultations.Select(c => api.BookAsync(c.Org, c.Id, slot)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.DoesNotContain(slot, await api.SlotsAsync(organisations[1], consultations[1].Id));
    }

    [Fact]
    public async Task Given_a_limit_of_one_per_quarter_Then_a_second_booking_in_that_quarter_is_refused_until_the_first_is_cancelled()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 1);
        await api.ExpertAsync(["documents"]);
        var org = Guid.NewGuid();
        var first = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers);
        var second = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers);
        var slots = await api.SlotsAsync(org, first);
        var quarter = SlotGenerator.Quarter(slots[^1]);
        var sameQuarter = slots.Where(s => SlotGenerator.Quarter(s) == quarter).TakeLast(2).ToList();

        await HttpAnswers.Created(await api.BookAsync(org, first, sameQuarter[0]));
        var refused = await HttpAnswers.Problem(await api.BookAsync(org, second, sameQuarter[1]), HttpStatusCode.Conflict);
        Assert.Equal("urn:kompetenzzentrum:consultation-limit", refused.GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(org, first)).StatusCode);
        await HttpAnswers.Created(await api.BookAsync(org, second, sameQuarter[1]));
        // Another organisation has its own limit.
        var other = Guid.NewGuid();
        await HttpAnswers.Created(await api.BookAsync(other, await api.AnsweredAsync(other, offering, ConsultationApi.DocsAnswers), sameQuarter[0]));
    }
}
