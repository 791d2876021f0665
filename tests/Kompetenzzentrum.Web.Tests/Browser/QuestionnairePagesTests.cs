using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff keep the consultation questionnaire on the back-office pages linked from the consultation calendar: a new version with a
/// conditional question published through the editor (a refused one keeps the form with the errors next to the fields), the
/// English switch, an earlier version read-only, and adding a choice row and removing a question without JavaScript.
/// </summary>
public sealed class QuestionnairePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_publish_a_version_with_a_conditional_question_and_a_refused_one_keeps_the_form()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        var before = await BaselineAsync(page);
        await page.GotoAsync("/backoffice/beratung");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fragebogen", Exact = true }).ClickAsync();
        Assert.Contains($"Aktuelle Fassung: Version {before.GetProperty("version").GetInt32()}", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nächste Fassung entwerfen" }).ClickAsync();

        var last = await page.Locator("fieldset.question").CountAsync() - 1;
        var at = $"questions[{last}]";
        await Named(page, at + ".id").FillAsync("robots");
        await Named(page, at + ".kind").SelectOptionAsync("single-choice");
        await Named(page, at + ".text").FillAsync("Setzen Sie schon Roboter ein?");
        await Named(page, at + ".required").CheckAsync();
        await Named(page, at + ".showWhen.questionId").FillAsync("nowhere");
        await Named(page, at + ".showWhen.anyOf").FillAsync("quality");
        await Choice(page, at, 0, "yes", "Ja", "Yes", "data:robots");
        await Choice(page, at, 1, "no", "Nein", "No", "barrier:equipment");
        var publish = page.GetByRole(AriaRole.Button, new() { Name = "Als neue Fassung veröffentlichen" });
        var refused = await page.RunAndWaitForResponseAsync(() => publish.ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        Assert.Contains("Deutscher und englischer Text", await ById(page, $"f-{at}.text-error").InnerTextAsync());
        Assert.Contains("frühere Auswahlfrage", await ById(page, $"f-{at}.showWhen.questionId-error").InnerTextAsync());
        Assert.Equal("Setzen Sie schon Roboter ein?", await Named(page, at + ".text").InputValueAsync());
        Assert.Equal("data:robots", await Named(page, $"{at}.choices[0].tags").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Equal(before.GetProperty("version").GetInt32(), (await CurrentAsync()).GetProperty("version").GetInt32());

        await Named(page, at + ".textEn").FillAsync("Do you use robots already?");
        await Named(page, at + ".showWhen.questionId").FillAsync("goals");
        await publish.ClickAsync();

        var version = before.GetProperty("version").GetInt32() + 1;
        Assert.Contains($"Version {version} ist veröffentlicht.", await page.Locator(".flash").InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Aktuelle Fassung: Version {version}", main);
        Assert.Contains("Nur gezeigt, wenn „Wobei soll KI helfen?“ (goals) mit „Qualitätsprüfung“ beantwortet wurde.", main);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        var current = await CurrentAsync();
        var robots = current.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "robots");
        Assert.Equal(version, current.GetProperty("version").GetInt32());
        Assert.Equal("goals", robots.GetProperty("showWhen").GetProperty("questionId").GetString());
        Assert.Equal(["quality"], robots.GetProperty("showWhen").GetProperty("anyOf").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["yes", "no"], robots.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("key").GetString()));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("Questionnaire", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Shown only when “What should AI help with?” (goals) was answered with “Quality inspection”.",
            await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = $"Version {version - 1}", Exact = true }).ClickAsync();
        Assert.Equal($"Questionnaire, version {version - 1}", await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("robots", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Without_javascript_staff_add_a_choice_row_remove_a_question_and_publish()
    {
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        var before = await BaselineAsync(page);
        await page.GotoAsync("/backoffice/beratung/fragebogen/entwurf");
        var questions = before.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()).ToList();
        var (industry, notes) = (questions.IndexOf("industry"), questions.IndexOf("notes"));
        var rows = await page.Locator($"[name^='questions[{industry}].choices['][name$='].key']").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Weitere Antwortzeile zu Frage {industry + 1}" }).ClickAsync();
        Assert.Equal(rows + 1, await page.Locator($"[name^='questions[{industry}].choices['][name$='].key']").CountAsync());
        await Choice(page, $"questions[{industry}]", rows, "crafts", "Handwerk", "Crafts", "industry:f");
        await page.GetByLabel("Diese Frage entfernen").Nth(notes).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als neue Fassung veröffentlichen" }).ClickAsync();

        Assert.Contains("ist veröffentlicht", await page.Locator(".flash").InnerTextAsync());
        var after = await CurrentAsync();
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());
        var ids = after.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()).ToList();
        Assert.Equal(questions.Where(q => q != "notes"), ids);
        var crafts = after.GetProperty("questions")[industry].GetProperty("choices").EnumerateArray().Last();
        Assert.Equal(("crafts", "Crafts"), (crafts.GetProperty("key").GetString(), crafts.GetProperty("text").GetProperty("en").GetString()));
    }

    private static ILocator Named(IPage page, string name) => page.Locator($"[name='{name}']");

    private static ILocator ById(IPage page, string id) => page.Locator($"[id='{id}']");

    private static async Task Choice(IPage page, string question, int row, string key, string de, string en, string tags)
    {
        var at = $"{question}.choices[{row}]";
        await Named(page, at + ".key").FillAsync(key);
        await Named(page, at + ".text").FillAsync(de);
        await Named(page, at + ".textEn").FillAsync(en);
        await Named(page, at + ".tags").FillAsync(tags);
    }

    // The test host seeds no questionnaire: the first test publishes version 1 through the editor, which starts from the default.
    private async Task<JsonElement> BaselineAsync(IPage page)
    {
        if (await CurrentOrNoneAsync() is { } current)
        {
            return current;
        }
        await page.GotoAsync("/backoffice/beratung/fragebogen");
        Assert.Contains("Es ist noch keine Fassung veröffentlicht.", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Nächste Fassung entwerfen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als neue Fassung veröffentlichen" }).ClickAsync();
        Assert.Contains("Version 1 ist veröffentlicht.", await page.Locator(".flash").InnerTextAsync());
        return await CurrentAsync();
    }

    private async Task<JsonElement> CurrentAsync() => await CurrentOrNoneAsync() ?? throw new InvalidOperationException("no questionnaire");

    private async Task<JsonElement?> CurrentOrNoneAsync()
    {
        using var staff = host.CreateAdminClient();
        using var response = await staff.GetAsync("/api/consultations/questionnaire");
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
