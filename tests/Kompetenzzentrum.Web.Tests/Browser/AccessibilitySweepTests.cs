using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Every page in the menu, as each kind of user sees it (nobody, an SME member, staff, an analyst): it opens
/// without an error, shows no exception text, and axe-core finds no serious or critical WCAG 2.1 AA violation.
/// The menu comes from the modules, so a new page is swept without touching this test.
/// </summary>
public sealed partial class AccessibilitySweepTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Anonymous_pages_are_accessible() => await SweepAsync(await host.NewPageAsync(), "anonymous", minimumLinks: 0);

    [Fact]
    public async Task Sme_portal_pages_are_accessible()
    {
        var member = await host.CreateOrganisationAdminAsync("Barrierefrei GmbH");
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, member.Email);
        await SweepAsync(page, "sme", minimumLinks: 1);
    }

    [Fact]
    public async Task Back_office_pages_are_accessible()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);
        await SweepAsync(page, "staff", minimumLinks: 1);
    }

    [Fact]
    public async Task Analyst_pages_are_accessible()
    {
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, analyst.Email);
        await SweepAsync(page, "analyst", minimumLinks: 0);
    }

    private static async Task SweepAsync(IPage page, string who, int minimumLinks)
    {
        await page.GotoAsync("/");
        var links = await page.Locator("nav.main-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length >= minimumLinks, $"{who} sees {links.Length} menu links");
        var problems = new List<string>();
        foreach (var link in links.Prepend("/").Distinct())
        {
            var response = await page.GotoAsync(link);
            if (response is null || response.Status >= 400)
            {
                problems.Add($"{link}: HTTP {response?.Status}");
                continue;
            }
            if (ExceptionText().IsMatch(await page.Locator("body").InnerTextAsync()))
            {
                problems.Add($"{link}: shows exception text");
            }
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            problems.AddRange(await BrowserHost.SeriousViolationsAsync(page));
            var slug = Slug().Replace(link.Trim('/'), "-");
            await BrowserHost.ScreenshotAsync(page, $"sweep-{who}-{(slug.Length > 0 ? slug : "start")}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [GeneratedRegex(@"Exception|StackTrace|\bat [A-Z]\w+\.")]
    private static partial Regex ExceptionText();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
