using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff edit the check's questions on the back-office page: a draft started from the current version, a refused save that keeps
/// the form, saving and publishing (the new version becomes current), the English switch, and the same without JavaScript.
/// </summary>
public sealed class QuestionSetPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_draft_a_version_a_refused_save_keeps_the_form_and_publishing_makes_it_current()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var before = await CurrentAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reifegrad-Fragen" }).First.ClickAsync();
        Assert.Contains("aktuell", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Entwurf aus der aktuellen Version beginnen" }).ClickAsync();
        await page.Locator("[name='questions[0].text']").FillAsync("Wir haben eine neue Strategie.");
        await page.Locator("[name='questions[1].text']").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();

        Assert.Contains("Geben Sie den deutschen Text an.", await page.Locator(".field-error").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Wir haben eine neue Strategie.", await page.Locator("[name='questions[0].text']").InputValueAsync());
        Assert.Equal("true", await page.Locator("[name='questions[1].text']").GetAttributeAsync("aria-invalid"));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "question-set-draft-refused");
        await page.Locator("[name='questions[1].text']").FillAsync("Wir planen Budget für Digitalisierung ein.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        Assert.Contains("Der Entwurf ist gespeichert.", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Version, (await CurrentAsync()).Version);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf veröffentlichen" }).ClickAsync();

        Assert.Contains($"Version {before.Version + 1} ist veröffentlicht", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        var after = await CurrentAsync();
        Assert.Equal((before.Version + 1, "Wir haben eine neue Strategie."), (after.Version, after.FirstText));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Maturity questions" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = $"Version {before.Version}", Exact = true }).ClickAsync();
        Assert.Contains("We have a written digital strategy.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Without_javascript_staff_add_a_question_and_publish_the_draft()
    {
        var before = await CurrentAsync();
        var page = await host.NewPageWithoutJavaScriptAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/reifegrad/entwurf");
        var last = await page.Locator("fieldset.question").CountAsync() - 1;

        var at = $"questions[{last}]";
        await page.Locator($"[name='{at}.id']").FillAsync("strategy-extra");
        await page.Locator($"[name='{at}.kind']").SelectOptionAsync("dimension");
        await page.Locator($"[name='{at}.key']").FillAsync("strategy");
        await page.Locator($"[name='{at}.text']").FillAsync("Wir überprüfen die Strategie jährlich.");
        await page.Locator($"[name='{at}.labels']").FillAsync("Gar nicht\nAnsatzweise\nTeilweise\nWeitgehend\nVollständig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf veröffentlichen" }).ClickAsync();

        Assert.Contains("ist veröffentlicht", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        var after = await CurrentAsync();
        Assert.Equal((before.Version + 1, before.Questions + 1), (after.Version, after.Questions));
    }

    private async Task<(int Version, int Questions, string FirstText)> CurrentAsync()
    {
        using var client = host.CreateClient();
        var set = await client.GetFromJsonAsync<JsonElement>("/api/organisations/maturity/question-sets/current");
        var questions = set.GetProperty("questions");
        return (set.GetProperty("id").GetInt32(), questions.GetArrayLength(), questions[0].GetProperty("text").GetProperty("de").GetString()!);
    }
}
