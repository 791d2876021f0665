using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// An interaction of a new offering type, as a partner plugin would record it: research needs no change for it.
/// </summary>
public sealed record LabInteraction(
    Guid OrganisationId,
    IReadOnlyList<string> Topics,
    Guid OfferingId,
    string OfferingType,
    string Kind,
    DateTimeOffset At) : IInteractionEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, Kind, At);
}

/// <summary>
/// Events in March 2025 (and February for the comparison), appended as the catalog and the check would:
/// six organisations take a "report-tour" about cloud (T0 30, T1 45), three a "small-format" (too few to show).
/// </summary>
public sealed class ReportTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private static readonly DateTimeOffset March = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static async Task SeedMarchAsync(ResearchFixture fixture)
    {
        var offering = Guid.NewGuid();
        for (var i = 0; i < 6; i++)
        {
            var org = Guid.NewGuid();
            await fixture.ConsentAsync(org);
            await fixture.AppendAsync(
                new OrganisationProfiled(org, "J", "micro", "BE", March.AddDays(-40)),
                Assessed(org, 0, 30, March),
                new LabInteraction(org, ["cloud"], offering, "report-tour", InteractionKinds.Booked, March.AddDays(4)),
                new LabInteraction(org, ["cloud"], offering, "report-tour", InteractionKinds.Attended, March.AddDays(9)),
                new ParticipationCompleted(Guid.NewGuid(), null, offering, "report-tour", ["cloud"], org, March.AddDays(9)),
                Assessed(org, 1, 45, March.AddDays(19)));
        }
        for (var i = 0; i < 3; i++)
        {
            var org = Guid.NewGuid();
            await fixture.ConsentAsync(org);
            await fixture.AppendAsync(new OrganisationProfiled(org, "J", "micro", "BE", March.AddDays(-40)),
                new LabInteraction(org, ["it-sicherheit"], Guid.NewGuid(), "small-format", InteractionKinds.Booked, March.AddDays(5)));
        }
        for (var i = 0; i < 5; i++)
        {
            var org = Guid.NewGuid();
            await fixture.ConsentAsync(org);
            await fixture.AppendAsync(new LabInteraction(org, ["cloud"], offering, "report-tour", InteractionKinds.Booked, March.AddDays(-19)));
        }
    }

    private static MaturityAssessed Assessed(Guid org, int round, double score, DateTimeOffset at) =>
        new(Guid.NewGuid(), 1, round, new Dictionary<string, double> { [MaturityDimensions.Data] = score }, score, MaturityLevels.FromScore(score),
            new Interaction(org, [], null, null, InteractionKinds.Answered, at));

    [Fact]
    public async Task The_needs_report_shows_topics_changes_maturity_and_funnel_and_suppresses_small_groups()
    {
        await SeedMarchAsync(fixture);
        using var staff = fixture.CreateAdminClient();

        var response = await staff.GetAsync("/api/research/reports/needs?from=2025-03-01&to=2025-03-31");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<h3>WZ J</h3>", html, StringComparison.Ordinal);
        // February had five organisations on cloud, March six.
        Assert.Contains("<td>cloud</td><td>6</td><td>5</td><td>+20.0 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>it-sicherheit</td><td>–</td><td>–</td><td>–</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>report-tour</td><td>6</td><td>30.0</td><td>45.0</td><td>+15.0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>report-tour</td><td>–</td><td>6</td><td>6</td><td>6</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>small-format</td><td>–</td><td>–</td><td>–</td><td>–</td>", html, StringComparison.Ordinal);
        // The segment chart shows only topics of five or more organisations.
        var segmentCharts =
            html[html.IndexOf("<h3>WZ J</h3>", StringComparison.Ordinal)..html.IndexOf("<table id=\"changes\"", StringComparison.Ordinal)];
        Assert.Contains(">cloud<", segmentCharts, StringComparison.Ordinal);
        Assert.DoesNotContain("it-sicherheit", segmentCharts, StringComparison.Ordinal);

        var stored = await staff.PostAsJsonAsync("/api/research/reports/needs", new { from = "2025-03-01", to = "2025-03-31" });
        var id = (await HttpAnswers.Created(stored)).GetProperty("id").GetGuid();
        Assert.Contains("+15.0", await staff.GetStringAsync($"/api/research/reports/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Satisfaction_by_format_comes_from_survey_answers()
    {
        async Task AnswerAsync(string type, int satisfaction, int recommendation)
        {
            var org = Guid.NewGuid();
            var token = await fixture.CompleteAsync(org, $"{org:N}@example.org", Guid.NewGuid(), type, ["ki"]);
            using var anonymous = fixture.CreateClient();
            var answered = await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", new { satisfaction, usefulness = 4, recommendation });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => AnswerAsync("report-tour", i < 3 ? 4 : 5, i < 3 ? 10 : 5))
            .Concat(Enumerable.Range(0, 3).Select(_ => AnswerAsync("small-format", 1, 0))));
        using var staff = fixture.CreateAdminClient();
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var html = await staff.GetStringAsync($"/api/research/reports/needs?from={today}&to={today}");

        Assert.Contains("<td>report-tour</td><td>6</td><td>4.50</td><td>4.00</td><td>0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>small-format</td><td>–</td><td>–</td><td>–</td><td>–</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_kpis_show_the_programs_targets_beside_the_actuals_on_its_total_line()
    {
        using var staff = fixture.CreateAdminClient();
        var today = DateTimeOffset.UtcNow;

        var csv = await staff.GetStringAsync($"/api/research/kpis.csv?from={today.AddYears(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith(fixture.Program.ToString(), StringComparison.Ordinal)).ToList();
        var total = Assert.Single(lines, l => l.Split(',')[1] == "total").Split(',');
        Assert.Equal(["100", "300", "80"], total[7..]);
        Assert.All(lines.Where(l => l.Split(',')[1] != "total"), l => Assert.EndsWith(",,,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Program_kpis_come_as_csv_by_program_and_month()
    {
        var program = Guid.NewGuid();
        var offering = Guid.NewGuid();
        await fixture.AppendAsync(
            new OfferingPublished(offering, "kpi-tour", ["daten"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter, March, program));
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.ConsentAsync(a, b);
        await fixture.AppendAsync(
            new LabInteraction(a, ["daten", "ki"], offering, "kpi-tour", InteractionKinds.Booked, March.AddDays(1)),
            new LabInteraction(b, ["daten", "ki"], offering, "kpi-tour", InteractionKinds.Booked, March.AddDays(1)),
            new ParticipationCompleted(Guid.NewGuid(), null, offering, "kpi-tour", ["daten", "ki"], a, March.AddDays(2)),
            new ParticipationCompleted(Guid.NewGuid(), null, offering, "kpi-tour", ["daten", "ki"], b, March.AddDays(35)));
        using var staff = fixture.CreateAdminClient();

        var response = await staff.GetAsync("/api/research/kpis.csv?from=2025-03-01&to=2025-04-30");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "program_id,period,organisations_reached,participations,feedback_answers,satisfaction_mean,satisfied_share,"
            + "target_organisations_reached,target_participations,target_satisfied_share", lines[0]);
        // A program the catalog does not know (only research saw its offering) has no targets to show.
        Assert.Equal(
            [$"{program},2025-03,2,1,0,,,,,", $"{program},2025-04,1,1,0,,,,,", $"{program},total,2,2,0,,,,,"],
            lines.Where(l => l.StartsWith(program.ToString(), StringComparison.Ordinal)));

        var bad = await staff.GetAsync("/api/research/kpis.csv?from=2025-05-01&to=2025-04-30");
        Assert.True((await HttpAnswers.Problem(bad, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        var notStaff = await fixture.Organisations[0].Client.GetAsync("/api/research/kpis.csv?from=2025-03-01&to=2025-04-30");
        Assert.Equal(HttpStatusCode.Forbidden, notStaff.StatusCode);
    }
}
