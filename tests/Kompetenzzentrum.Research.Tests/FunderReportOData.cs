using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>The funder report's figures asked the analysts' way, over OData, for the comparison in <see cref="FunderReportTests"/>.</summary>
internal sealed class FunderReportOData(HttpClient analyst, Guid program, int year)
{
    public sealed record Page<T>(List<T> Value);

    public sealed record Group(
        string? OfferingType, string? FederalState, string? SizeClass, string? Industry, int Organisations, int Participations);

    public sealed record Earliest(string OrganisationPseudonym, DateTimeOffset First);

    public sealed record Pseudonym(string OrganisationPseudonym);

    public sealed record Answers(int Count, int Organisations, double Mean);

    public sealed record Count(int N);

    public sealed record Check(string OrganisationPseudonym, int Round, double OverallScore);

    private string Months => $"Month ge '{year}-01' and Month le '{year}-12'";

    private string Completed => $"ProgramId eq {program} and Kind eq 'completed' and {Months}";

    private const string Figures =
        "aggregate(OrganisationPseudonym with countdistinct as Organisations, EventKey with countdistinct as Participations)";

    private async Task<List<T>> GetAsync<T>(string url)
    {
        var response = await analyst.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Page<T>>(HostFixture.Json))!.Value;
    }

    /// <summary>Organisations and participations per value of <paramref name="property"/> (or in total, grouped by program).</summary>
    public Task<List<Group>> ByAsync(string property, string? filter = null) =>
        GetAsync<Group>($"/odata/Interactions?$apply=filter({Completed}{filter})/groupby(({property}),{Figures})");

    public async Task<(int New, int Returning)> NewAndReturningAsync()
    {
        var reached = (await GetAsync<Pseudonym>($"/odata/Interactions?$apply=filter({Completed})/groupby((OrganisationPseudonym))"))
            .Select(p => p.OrganisationPseudonym).ToHashSet();
        var first = await GetAsync<Earliest>(
            "/odata/Interactions?$apply=filter(Kind eq 'completed')/groupby((OrganisationPseudonym),aggregate(OccurredAt with min as First))");
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ours = first.Where(f => reached.Contains(f.OrganisationPseudonym)).ToList();
        return (ours.Count(f => f.First >= start), ours.Count(f => f.First < start));
    }

    public async Task<(Answers Answers, int Satisfied)> AnswersAsync()
    {
        var filter = $"ProgramId eq {program} and {Months}";
        var answers = await GetAsync<Answers>(
            $"/odata/Feedback?$apply=filter({filter})/groupby((ProgramId),aggregate($count as Count,"
            + "OrganisationPseudonym with countdistinct as Organisations,Satisfaction with average as Mean))");
        var satisfied = await GetAsync<Count>(
            $"/odata/Feedback?$apply=filter({filter} and Satisfaction ge 4)/groupby((ProgramId),aggregate($count as N))");
        return (Assert.Single(answers), Assert.Single(satisfied).N);
    }

    /// <summary>T0 and the latest later check (before the year's end) of the organisations reached that have both.</summary>
    public async Task<(int Organisations, double T0, double T1)> MaturityAsync()
    {
        var reached = (await GetAsync<Pseudonym>($"/odata/Interactions?$apply=filter({Completed})/groupby((OrganisationPseudonym))"))
            .Select(p => p.OrganisationPseudonym).ToHashSet();
        var checks = (await GetAsync<Check>(
                $"/odata/MaturityResults?$filter=AssessedAt lt {year + 1}-01-01T00:00:00Z&$select=OrganisationPseudonym,Round,OverallScore"))
            .Where(c => reached.Contains(c.OrganisationPseudonym)).GroupBy(c => c.OrganisationPseudonym)
            .Where(g => g.Any(c => c.Round == 0) && g.Any(c => c.Round >= 1))
            .Select(g => (T0: g.First(c => c.Round == 0).OverallScore, T1: g.Where(c => c.Round >= 1).MaxBy(c => c.Round)!.OverallScore))
            .ToList();
        return (checks.Count, checks.Average(c => c.T0), checks.Average(c => c.T1));
    }
}
