using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff find likely duplicates on the back-office page, merge a pair after the confirmation, or dismiss one.</summary>
public sealed class DuplicatePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private sealed record Created(Guid Id);

    [Fact]
    public async Task The_pair_shows_side_by_side_in_German_and_English_with_a_confirmation_that_says_what_moves()
    {
        var (first, second) = await PairAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);

        await page.GotoAsync("/backoffice/dubletten");

        Assert.True(await page.Locator("a[href='/backoffice/dubletten']").CountAsync() >= 1, "the back-office menu links the page");
        var pair = page.GetByRole(AriaRole.Region, new() { Name = $"{first.Name} und {second.Name}" });
        Assert.Contains("gleicher Name und gleiche PLZ", await pair.InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "duplicates-de");
        await pair.GetByRole(AriaRole.Link, new() { Name = $"{first.Name} behalten und zusammenführen" }).ClickAsync();
        Assert.Contains($"{second.Name} wird in {first.Name} zusammengeführt.", await page.Locator("main").InnerTextAsync());
        Assert.Contains("0 Buchungen", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Contains($"{second.Name} is merged into {first.Name}.", await page.Locator("main").InnerTextAsync());
        await page.GotoAsync("/backoffice/dubletten");
        Assert.Contains("same name and postcode",
            await page.GetByRole(AriaRole.Region, new() { Name = $"{first.Name} and {second.Name}" }).InnerTextAsync());
    }

    [Fact]
    public async Task Staff_merge_a_pair_without_javascript()
    {
        var (first, second) = await PairAsync();
        var context = await host.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString().TrimEnd('/'),
            Locale = "de-DE",
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/dubletten");

        await page.GetByRole(AriaRole.Region, new() { Name = $"{first.Name} und {second.Name}" })
            .GetByRole(AriaRole.Link, new() { Name = $"{first.Name} behalten und zusammenführen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zusammenführen" }).ClickAsync();

        Assert.Contains("zusammengeführt", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Region, new() { Name = $"{first.Name} und {second.Name}" }).CountAsync());
        Assert.Equal(first.Id.ToString(), await MergedIntoAsync(second.Id));
    }

    [Fact]
    public async Task Staff_mark_a_pair_as_not_a_duplicate_and_it_is_no_longer_proposed()
    {
        var (first, second) = await PairAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/dubletten");
        var pair = page.GetByRole(AriaRole.Region, new() { Name = $"{first.Name} und {second.Name}" });

        await pair.GetByRole(AriaRole.Button, new() { Name = "Keine Dublette" }).ClickAsync();

        Assert.Contains("nicht mehr als Dublette", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(0, await pair.CountAsync());
        Assert.Null(await MergedIntoAsync(second.Id));
    }

    /// <summary>Two organisations of one name, once with a legal form, at one postcode; the older one is listed first.</summary>
    private async Task<((Guid Id, string Name) First, (Guid Id, string Name) Second)> PairAsync()
    {
        using var staff = await host.AdminAsync();
        var stem = "Dublette " + Guid.NewGuid().ToString("N")[..6];
        var postcode = Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = await RegisterAsync(staff, stem + " GmbH", postcode);
        var second = await RegisterAsync(staff, stem.ToUpperInvariant() + " UG (haftungsbeschränkt)", postcode);
        return ((first, stem + " GmbH"), (second, stem.ToUpperInvariant() + " UG (haftungsbeschränkt)"));
    }

    private static async Task<Guid> RegisterAsync(HttpClient staff, string name, string postcode)
    {
        var response = await staff.PostAsJsonAsync("/api/organisations",
            new { name, kind = "sme", industry = "C", sizeClass = "small", federalState = "BB", postcode });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private async Task<string?> MergedIntoAsync(Guid organisation)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data->>'mergedInto' from kz.mt_doc_organisation where id = @id", connection);
        command.Parameters.AddWithValue("id", organisation);
        return await command.ExecuteScalarAsync() as string;
    }
}
