using System.Net;
using System.Net.Http.Headers;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;
using Npgsql;

namespace Kompetenzzentrum.Testing;

/// <summary>The analyst's pages: the needs dashboard and the personal access tokens, driven in the browser.</summary>
public sealed class AnalystPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Analyst_sees_the_dashboard_with_charts_filters_and_the_OData_feed_and_small_groups_stay_hidden()
    {
        await SeedResearchAsync();
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, analyst.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bedarfsanalyse" }).ClickAsync();
        Assert.EndsWith("/analyse", page.Url);
        Assert.Equal("Bedarfsanalyse", await page.Locator("h1").InnerTextAsync());
        var needs = page.Locator("figure.bars").Filter(new() { HasText = "Bedarfssignal je Thema" });
        Assert.Contains("Künstliche Intelligenz", await needs.InnerTextAsync());
        Assert.Equal("6", (await needs.Locator("tr", new() { HasText = "Künstliche Intelligenz" }).Locator(".bar-value").InnerTextAsync()).Trim());
        // Three organisations asked for cloud: fewer than five, so the topic is not shown.
        Assert.DoesNotContain("Cloud", await needs.InnerTextAsync());
        Assert.Equal(1, await page.Locator("figure.radar svg").CountAsync());
        Assert.Contains("Gestalter", await page.Locator("figure.bars").Filter(new() { HasText = "Reifegradstufe" }).InnerTextAsync());
        Assert.Contains("Lernfabrik-Workshop", await page.Locator("figure.bars").Filter(new() { HasText = "Buchungen je Format" }).InnerTextAsync());
        var groupBy = await page.GetByLabel("Interaktionen je Thema und Monat ($apply groupby)").InputValueAsync();
        Assert.StartsWith(host.BaseAddress.ToString().TrimEnd('/') + "/odata/Interactions?$apply=", groupBy);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "analyst-dashboard");

        // The filters are a plain GET form: another region has no data for the same period.
        await page.GetByLabel("Region (Bundesland)").SelectOptionAsync("BY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anwenden" }).ClickAsync();
        Assert.Contains("federalState=BY", page.Url);
        Assert.DoesNotContain("Künstliche Intelligenz", await page.Locator("main").InnerTextAsync());
        Assert.Contains("FederalState eq 'BY'", await page.GetByLabel("Bedarfssignale im Zeitraum ($filter)").InputValueAsync());

        // A date that is not one is named next to its field, and the defaults apply.
        await page.GotoAsync("/analyse?from=gestern");
        Assert.Contains("Bitte ein Datum angeben.", await page.Locator("#f-from").Locator("xpath=..").InnerTextAsync());
        Assert.Contains("Künstliche Intelligenz", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Analyst_creates_a_token_that_reads_OData_with_a_bearer_header_and_revokes_it()
    {
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, analyst.Email);
        await page.GotoAsync("/analyse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zugangstoken", Exact = true }).ClickAsync();
        Assert.Equal("Persönliche Zugangstoken", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("noch kein Token", await page.Locator("main").InnerTextAsync());

        // A blank name passes the browser's check (required) but not the API's rule, which lands next to the field.
        await page.Locator("#f-name").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Token erstellen" }).ClickAsync();
        Assert.Contains("höchstens 100 Zeichen", await page.Locator(".has-error").Filter(new() { Has = page.Locator("#f-name") }).InnerTextAsync());

        await page.Locator("#f-name").FillAsync("Power BI Monatsauswertung");
        await page.Locator("#f-expiresInDays").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Token erstellen" }).ClickAsync();
        var secret = await page.GetByLabel("Token", new() { Exact = true }).InputValueAsync();
        Assert.StartsWith("kzpat_", secret);
        Assert.Contains("nur dieses eine Mal", await page.Locator(".secret").InnerTextAsync());
        Assert.Contains("Power BI Monatsauswertung", await page.Locator("table").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "analyst-token-created");

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var feed = await client.GetAsync("/odata/NeedSignals?$apply=groupby((Topic),aggregate($count as N))");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("\"value\"", await feed.Content.ReadAsStringAsync());

        // Shown once: the list never shows the secret again.
        await page.GotoAsync("/analyse/zugaenge");
        Assert.DoesNotContain(secret, await page.ContentAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Token Power BI Monatsauswertung widerrufen" }).ClickAsync();
        Assert.Contains("widerrufen", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Widerrufen", await page.Locator("table").InnerTextAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/odata/NeedSignals?$top=1")).StatusCode);
    }

    [Fact]
    public async Task A_person_without_the_analyst_role_gets_the_access_denied_page()
    {
        var person = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, person.Email);
        var response = await page.GotoAsync("/analyse");
        Assert.Equal(403, response!.Status);
        Assert.Contains("Kein Zugriff", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Bedarfsanalyse" }).CountAsync());
    }

    // Research rows as the projection writes them: six organisations need AI, three need cloud (hidden).
    private async Task SeedResearchAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        var month = at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 6; i++)
        {
            var pseudonym = $"seed{i:D20}";
            await ExecuteAsync(connection,
                "insert into kz.research_need_signals (event_id, occurred_at, month, organisation_pseudonym, industry, size_class, federal_state, "
                + "maturity_level, topic, source, strength) "
                + "values (gen_random_uuid(), $1, $2, $3, 'C', 'small', 'BB', 'Gestalter', 'ki', 'check', 0.8)", at, month, pseudonym);
            if (i < 3)
            {
                await ExecuteAsync(connection,
                    "insert into kz.research_need_signals (event_id, occurred_at, month, organisation_pseudonym, industry, size_class, "
                    + "federal_state, maturity_level, topic, source, strength) "
                    + "values (gen_random_uuid(), $1, $2, $3, 'C', 'small', 'BB', 'Gestalter', 'cloud', 'check', 0.5)", at, month, pseudonym);
            }
            await ExecuteAsync(connection,
                "insert into kz.research_maturity_results (assessment_id, assessed_at, month, organisation_pseudonym, industry, size_class, "
                + "federal_state, maturity_level, round, overall_score, dimension_scores) "
                + "values (gen_random_uuid(), $1, $2, $3, 'C', 'small', 'BB', 'Gestalter', 0, 60, "
                + "'{\"strategy\": 70, \"readiness\": 55, \"human-centric\": 60, "
                + "\"data\": 40, \"automation-ai\": 35, \"green\": 50}'::jsonb)", at, month, pseudonym);
            await ExecuteAsync(connection,
                "insert into kz.research_interactions (event_id, occurred_at, month, organisation_pseudonym, industry, size_class, federal_state, "
                + "maturity_level, event_type, offering_type, topic, kind) "
                + "values (gen_random_uuid(), $1, $2, $3, 'C', 'small', 'BB', 'Gestalter', "
                + "'booking_confirmed', 'lernfabrik-workshop', 'ki', 'booked')", at, month, pseudonym);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, DateTimeOffset at, string month, string pseudonym)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(at);
        command.Parameters.AddWithValue(month);
        command.Parameters.AddWithValue(pseudonym);
        await command.ExecuteNonQueryAsync();
    }
}
