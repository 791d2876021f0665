using Microsoft.Playwright;
using Npgsql;

namespace Kompetenzzentrum.Testing;

/// <summary>An SME answers the feedback survey of a completed participation on its feedback page or behind the mailed link.</summary>
public sealed class FeedbackPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Sme_answers_an_open_survey_with_ratings_and_free_text_and_it_is_no_longer_open()
    {
        var sme = await host.CreateOrganisationAdminAsync();
        var participation = Guid.NewGuid();
        // A completed participation as the research projection queues it (ParticipationCompleted → research_surveys).
        await ExecuteAsync("insert into kz.research_surveys (participation_id, organisation_id, offering_id, offering_type, topics, completed_at) "
            + "values ($1, $2, $3, 'experience-tour', array['ki'], now())", participation, sme.OrganisationId!.Value, Guid.NewGuid());
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, sme.Email);

        await page.GotoAsync("/feedback");
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "feedback-open");
        await page.GetByRole(AriaRole.Link, new() { Name = "Umfrage beantworten: Erlebnistour" }).ClickAsync();

        await page.Locator("#f-satisfaction-4").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Absenden" }).ClickAsync();
        Assert.Contains(
            "Eine ganze Zahl von 1 (nicht nützlich) bis 5 (sehr nützlich).", await page.Locator("#f-usefulness-error").InnerTextAsync());
        Assert.True(await page.Locator("#f-satisfaction-4").IsCheckedAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.Locator("#f-usefulness-3").CheckAsync();
        await page.Locator("#f-recommendation-9").CheckAsync();
        await page.GetByLabel("Daten", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Was möchten Sie uns noch sagen? (optional)").FillAsync("Sehr anschaulich, gern mehr zu Daten.");
        await BrowserHost.ScreenshotAsync(page, "feedback-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Absenden" }).ClickAsync();
        Assert.Contains("Vielen Dank für Ihre Rückmeldung!", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Zurzeit wartet keine Umfrage auf Sie.", await page.Locator("main").InnerTextAsync());

        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.research_surveys where participation_id = $1 and answered_at is not null", participation));
        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.research_feedback_texts where participation_id = $1 and status = 'pending'", participation));
        var again = await page.GotoAsync($"/feedback/{participation}");
        Assert.Equal(404, again!.Status);
    }

    [Fact]
    public async Task Someone_without_an_account_answers_the_survey_behind_the_mailed_link()
    {
        var sme = await host.CreateOrganisationAdminAsync();
        var (participation, token) = (Guid.NewGuid(), "t" + Guid.NewGuid().ToString("N"));
        // A survey as the dispatch job leaves it once mailed (so the job does not mail it again with a new token): the
        // mail carries the token, the table only its hash.
        await ExecuteAsync("insert into kz.research_surveys (participation_id, organisation_id, offering_id, offering_type, topics, completed_at, "
            + "token_hash, sent_at) "
            + "values ($1, $2, $3, 'experience-tour', array['ki'], now(), sha256(convert_to($4, 'UTF8')), now())",
            participation, sme.OrganisationId!.Value, Guid.NewGuid(), token);
        var page = Slow(await host.NewPageAsync());

        var response = await page.GotoAsync($"/umfrage/{token}");
        Assert.Equal(200, response!.Status);
        Assert.Equal("Umfrage: Erlebnistour", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".breadcrumb").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        // Radio ids count from 0: the fifth point of the scale is -4.
        await page.Locator("#f-satisfaction-4").CheckAsync();
        await page.Locator("#f-usefulness-3").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Absenden" }).ClickAsync();
        Assert.Contains("Eine ganze Zahl von 0 (sicher nicht) bis 10 (ganz sicher).", await page.Locator("#f-recommendation-error").InnerTextAsync());
        Assert.True(await page.Locator("#f-usefulness-3").IsCheckedAsync());

        await page.Locator("#f-recommendation-10").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Absenden" }).ClickAsync();
        Assert.Contains("Vielen Dank für Ihre Rückmeldung!", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Diese Umfrage ist beantwortet.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.research_surveys where participation_id = $1 and answered_at is not null", participation));
        Assert.Equal(5L, await ScalarAsync("select satisfaction::bigint from kz.research_feedback where participation_id = $1", participation));

        var unknown = await page.GotoAsync("/umfrage/" + new string('x', 30));
        Assert.Equal(404, unknown!.Status);
    }

    [Fact]
    public async Task Another_organisations_survey_is_not_shown()
    {
        var owner = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        var participation = Guid.NewGuid();
        await ExecuteAsync("insert into kz.research_surveys (participation_id, organisation_id, offering_id, offering_type, topics, completed_at) "
            + "values ($1, $2, $3, 'experience-tour', array['ki'], now())", participation, owner.OrganisationId!.Value, Guid.NewGuid());
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, other.Email);
        var response = await page.GotoAsync($"/feedback/{participation}");
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task Staff_review_free_texts_edit_the_redacted_proposal_approve_one_and_reject_another()
    {
        var stem = Guid.NewGuid().ToString("N")[..8];
        var (kept, dropped) = (Guid.NewGuid(), Guid.NewGuid());
        var keptText = $"Gute Tour {stem}. Rufen Sie an: 0151 2345678, Frau Muster hat viel erklärt.";
        var droppedText = $"Nichts für uns {stem}, Herr Beispiel war unfreundlich.";
        foreach (var (comment, text) in new[] { (kept, keptText), (dropped, droppedText) })
        {
            // A held text as the survey answer leaves it (research_feedback_texts, status pending).
            await ExecuteAsync("insert into kz.research_feedback_texts (participation_id, comment_id, offering_type, month, text, status) "
                + "values ($1, $2, 'experience-tour', '2026-11', $3, 'pending')", Guid.NewGuid(), comment, text);
        }
        // axe needs scripts, so this page has them; the forms are plain posts all the same.
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Freitexte prüfen" }).First.ClickAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        var item = page.Locator("article", new() { HasText = keptText });
        var proposal = item.GetByLabel("Zu veröffentlichender Text");
        Assert.Equal($"Gute Tour {stem}. Rufen Sie an: [entfernt], Frau Muster hat viel erklärt.", await proposal.InputValueAsync());
        await proposal.FillAsync($"Gute Tour {stem}. Rufen Sie an: [entfernt], [Name] hat viel erklärt.");
        await BrowserHost.ScreenshotAsync(page, "feedback-review");
        await item.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
        Assert.Contains("freigegeben", await page.Locator(".flash").InnerTextAsync());
        await page.Locator("article", new() { HasText = droppedText }).GetByRole(AriaRole.Button, new() { Name = "Ablehnen" }).ClickAsync();
        Assert.Contains("abgelehnt", await page.Locator(".flash").InnerTextAsync());
        Assert.DoesNotContain(stem, await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Freigegeben", Exact = true }).ClickAsync();
        Assert.Contains($"Gute Tour {stem}. Rufen Sie an: [entfernt], [Name] hat viel erklärt.", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.research_feedback_texts where comment_id = $1 and status = 'approved' and text is null "
            + "and published_text like '%[Name] hat viel erklärt.'", kept));
        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.research_feedback_texts where comment_id = $1 and status = 'rejected' and text is null "
            + "and published_text is null", dropped));
    }

    private async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // The machine is shared with parallel builds: give pages more time than the fixture's default.
    private static IPage Slow(IPage page)
    {
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(45_000);
        return page;
    }
}
