using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>A host whose analysts' queries stop after one second, so that a timeout is quick to provoke.</summary>
public sealed class LimitsHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Modules:research:ODataStatementTimeoutSeconds"] = "1" };
}

/// <summary>One request must not be able to keep the database, a core or the memory busy for long.</summary>
public sealed class LimitsTests(LimitsHostFixture host) : IClassFixture<LimitsHostFixture>
{
    private const string NeedsReport = "research.needs-report";

    private sealed record Problem(int Status, string? Title, Dictionary<string, string[]>? Errors);

    [Fact]
    public async Task Apply_obeys_the_same_node_limit_as_filter()
    {
        using var analyst = host.CreateAdminClient();
        var terms = string.Join(" or ", Enumerable.Range(1, 300).Select(i => $"Id eq {i}"));

        var filter = await analyst.GetAsync($"/odata/Interactions?$filter={Uri.EscapeDataString(terms)}");
        var apply = await analyst.GetAsync($"/odata/Interactions?$apply=filter({Uri.EscapeDataString(terms)})");
        var grouped = await analyst.GetAsync(
            $"/odata/Interactions?$apply=filter({Uri.EscapeDataString(terms)})/groupby((Topic),aggregate($count as N))");

        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        await HttpAnswers.Problem(apply, HttpStatusCode.BadRequest);
        await HttpAnswers.Problem(grouped, HttpStatusCode.BadRequest);
        var small = await analyst.GetAsync("/odata/Interactions?$apply=filter(Id eq 1 or Id eq 2)/groupby((Topic),aggregate($count as N))");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task An_OData_query_stopped_by_the_statement_timeout_answers_a_problem_and_the_host_goes_on()
    {
        using var analyst = host.CreateAdminClient();
        // A query that cannot finish in time: another session holds the table.
        await using var blocker = new NpgsqlConnection(host.ConnectionString);
        await blocker.OpenAsync();
        await using (var transaction = await blocker.BeginTransactionAsync())
        {
            await using (var lockTable = new NpgsqlCommand("lock table kz.research_interactions in access exclusive mode", blocker, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var page = await analyst.GetAsync("/odata/Interactions?$count=true&$top=5");
            var grouped = await analyst.GetAsync("/odata/Interactions?$apply=groupby((Topic),aggregate($count as N))");

            Assert.Equal(503, (await HttpAnswers.Problem(page, HttpStatusCode.ServiceUnavailable)).GetProperty("status").GetInt32());
            await HttpAnswers.Problem(grouped, HttpStatusCode.ServiceUnavailable);
            await transaction.RollbackAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/odata/Interactions?$count=true&$top=5")).StatusCode);
    }

    [Theory]
    [InlineData("{{ \"x\" | string.pad_left 1000000000 }}")]
    [InlineData("{{ for i in 1..10000 }}{{ for j in 1..10000 }}x{{ end }}{{ end }}")]
    [InlineData("{{ a = [1] }}{{ for i in 1..40 }}{{ a = a | array.concat a }}{{ end }}{{ a | array.size }}")]
    [InlineData("{{ s = \"x\" | string.pad_left 400000 }}{{ for i in 1..500 }}{{ s = s + \"y\" }}{{ end }}{{ s | string.size }}")]
    [InlineData("{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f(25) }}")]
    public async Task A_template_over_its_time_or_memory_budget_is_refused_when_saved_and_previewed(string source)
    {
        using var staff = host.CreateAdminClient();

        var saved = await staff.PutAsJsonAsync($"/api/templates/{NeedsReport}/en", new { source });
        var preview = await staff.PostAsJsonAsync($"/api/templates/{NeedsReport}/en/preview", new { source });

        foreach (var answer in new[] { saved, preview })
        {
            var problem = await answer.Content.ReadFromJsonAsync<Problem>();
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {problem}");
            Assert.True(problem!.Errors!.ContainsKey("source"));
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_template_that_exceeds_a_limit_only_with_real_data_fails_that_render_with_a_logged_problem()
    {
        using var staff = host.CreateAdminClient();
        // Fine with the sample model (January 2026), a billion characters for any other period.
        var saved = await staff.PutAsJsonAsync($"/api/templates/{NeedsReport}/de",
            new { source = "{{ if from == \"2026-01-01\" }}Beispiel{{ else }}{{ \"x\" | string.pad_left 1000000000 }}{{ end }}" });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        try
        {
            var report = await staff.GetAsync("/api/research/reports/needs?from=2025-02-01&to=2025-02-28");

            await HttpAnswers.Problem(report, HttpStatusCode.UnprocessableEntity);
            Assert.Contains(host.Factory.Logs.Lines,
                m => m.Contains(NeedsReport, StringComparison.Ordinal) && m.Contains("pad", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await staff.DeleteAsync($"/api/templates/{NeedsReport}/de");
        }
    }
}
