using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>An SME that answered "time is short" in the check gets a fitting asynchronous offering first, each with its own reason.</summary>
[Collection(CatalogHost.Name)]
public sealed class AsynchronousRecommendationTests(HostFixture host)
{
    private sealed record Offering(Guid Id);

    private sealed record Item(Offering Offering, double Score, LocalizedText Reason);

    private sealed record Answer(bool PrefersAsynchronous, IReadOnlyList<Item> Recommendations);

    [Fact]
    public async Task Given_an_SME_short_of_time_Then_a_fitting_podcast_leads_a_consultation_of_similar_fit_and_the_top_two_reasons_differ()
    {
        using var staff = host.CreateAdminClient();
        var seed = new CatalogSeed(staff);
        var program = await seed.ProgramAsync();
        var consultation = await seed.PublishedAsync(program, "KI-Sprechstunde", ["ki", "daten"], "Entdecker", "Entdecker", "online");
        var podcast = await seed.PublishedAsync(program, "KI-Podcast", ["ki"], "Einsteiger", "Gestalter", "asynchronous", "podcast-episode");
        var hurried = await CheckedAsync(timeShort: true);
        var patient = await CheckedAsync(timeShort: false);

        var forHurried = await RecommendationsAsync(hurried, consultation, podcast);
        var forPatient = await RecommendationsAsync(patient, consultation, podcast);

        Assert.True(forHurried.PrefersAsynchronous);
        Assert.Equal([podcast, consultation], forHurried.Recommendations.Select(r => r.Offering.Id));
        Assert.Equal([consultation, podcast], forPatient.Recommendations.Select(r => r.Offering.Id));
        var (first, second) = (forHurried.Recommendations[0].Reason, forHurried.Recommendations[1].Reason);
        Assert.Contains("passend zu Ihrer knappen Zeit", first.De, StringComparison.Ordinal);
        Assert.Contains("which suits your short time", first.En, StringComparison.Ordinal);
        Assert.Contains("Online-Termin", second.De, StringComparison.Ordinal);
        Assert.NotEqual(first.De, second.De);
        Assert.NotEqual(first.En, second.En);
    }

    // An Entdecker (every dimension 1 of 4) with gaps in AI (5 against 2: 0.75) and data (4 against 2: 0.5).
    private async Task<TestUser> CheckedAsync(bool timeShort)
    {
        var member = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        var answers = MaturityApi.Answers(set, 1, ("ki", 5, 2), ("daten", 4, 2));
        var time = set.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "time-short");
        answers[time.GetProperty("id").GetString()!] = timeShort ? 1 : 0;
        await MaturityApi.TakeAsync(member.Client, member.OrganisationId!.Value, set.GetProperty("id").GetInt32(), answers);
        return member;
    }

    private static async Task<Answer> RecommendationsAsync(TestUser member, params Guid[] ours)
    {
        var answer = (await member.Client.GetFromJsonAsync<Answer>("/api/catalog/recommendations?limit=50", HostFixture.Json))!;
        return answer with { Recommendations = answer.Recommendations.Where(r => ours.Contains(r.Offering.Id)).ToList() };
    }
}
