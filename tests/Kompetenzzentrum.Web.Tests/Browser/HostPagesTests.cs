using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>The host's back-office pages (templates, modules, outbox) and the page a plugin adds.</summary>
public sealed class HostPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Key = "lernfabrik.workshop-invitation";

    [Fact]
    public async Task Staff_edits_a_template_a_syntax_error_is_shown_next_to_the_field_and_nothing_is_saved_then_previews_saves_and_resets()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vorlagen", Exact = true }).ClickAsync();
        Assert.Equal("Vorlagen", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-templates");

        await page.GetByRole(AriaRole.Link, new() { Name = $"{Key} (de) bearbeiten" }).ClickAsync();
        var source = page.GetByLabel("Vorlagentext (Scriban)");
        Assert.Contains("{{ station }}", await source.InputValueAsync());

        await source.FillAsync("Guten Tag {{ name + }}");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        var error = page.Locator("#f-source-error");
        Assert.Matches("Zeile 1, Spalte \\d+:", await error.InnerTextAsync());
        Assert.Equal("true", await source.GetAttributeAsync("aria-invalid"));
        Assert.Equal("Guten Tag {{ name + }}", await source.InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-template-error");
        Assert.False(await IsOverriddenAsync());

        await source.FillAsync("Hallo {{ name }}, bis bald an der Station {{ station }}!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschau" }).ClickAsync();
        var preview = await page.Locator("pre.preview").InnerTextAsync();
        Assert.Contains("Hallo Frau Beispiel, bis bald an der Station Vernetzte Montage!", preview);
        Assert.False(await IsOverriddenAsync());
        await BrowserHost.ScreenshotAsync(page, "host-template-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Angepasst", await page.Locator("main .meta").First.InnerTextAsync());
        Assert.True(await IsOverriddenAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Auf Standard zurücksetzen" }).ClickAsync();
        Assert.Contains("zurückgesetzt", await page.Locator(".flash").InnerTextAsync());
        Assert.False(await IsOverriddenAsync());
        Assert.Contains("{{ station }}", await page.GetByLabel("Vorlagentext (Scriban)").InputValueAsync());
    }

    [Fact]
    public async Task Module_page_lists_the_Lernfabrik_plugin_as_loaded_and_the_plugins_page_renders_inside_the_layout()
    {
        using (var admin = host.CreateAdminClient())
        {
            (await admin.PostAsJsonAsync("/api/lernfabrik/stations", new { name = "Vernetzte Montage", topic = "automatisierung", places = 8 }))
                .EnsureSuccessStatusCode();
        }
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Module", Exact = true }).ClickAsync();
        Assert.Equal("Module und Plugins", await page.Locator("h1").InnerTextAsync());
        var row = page.Locator("tr[data-module=lernfabrik]");
        var text = await row.InnerTextAsync();
        Assert.Contains("Lernfabrik-Workshops", text);
        Assert.Contains("Plugin", text);
        Assert.Contains("1.0.0", text);
        Assert.Contains("Geladen", text);
        Assert.Contains("Geladen", await page.Locator("tr[data-module=research]").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-modules");

        // The plugin's page: its component comes from the plugin's load context, the frame from the host.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lernfabrik", Exact = true }).ClickAsync();
        Assert.EndsWith("/lernfabrik", page.Url);
        Assert.Contains("Lernfabrik", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("header.site-header nav.main-nav").CountAsync());
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Lernfabrik", Exact = true }).GetAttributeAsync("aria-current"));
        Assert.Contains("Vernetzte Montage", await page.Locator(".cards").InnerTextAsync());
        Assert.Contains("Automatisierung", await page.Locator(".cards").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-plugin-page");

        // Anonymous visitors see it too; the back office stays closed to them.
        var visitor = await host.NewPageAsync(phone: true);
        Assert.Equal(200, (await visitor.GotoAsync("/lernfabrik"))!.Status);
        await visitor.GotoAsync("/backoffice/module");
        Assert.Contains("/anmelden", visitor.Url);
    }

    [Fact]
    public async Task Staff_read_the_outbox_and_a_mail_with_its_delivery_state()
    {
        var person = await host.CreateUserAsync();
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Postausgang" }).ClickAsync();
        Assert.Equal("Postausgang", await page.Locator("h1").InnerTextAsync());

        await page.GetByLabel("Empfänger").FillAsync(person.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
        var rows = page.Locator("main tbody tr");
        Assert.True(await rows.CountAsync() >= 1);
        Assert.Contains(person.Email, await rows.First.InnerTextAsync());
        Assert.Contains("Im Postausgang", await rows.First.InnerTextAsync());
        Assert.DoesNotContain(staff.Email, await page.Locator("main table").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-outbox");

        await rows.First.Locator("a").ClickAsync();
        Assert.Contains(person.Email, await page.Locator("dl.facts").InnerTextAsync());
        Assert.Contains("Im Postausgang", await page.Locator("dl.facts").InnerTextAsync());
        // The confirmation mail carries a code: staff see that it exists, never its content.
        Assert.Contains("vertraulichen Code", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("pre.code").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "host-outbox-mail");

        // Organisation members have no business here.
        var member = await host.NewPageAsync();
        await BrowserHost.SignInAsync(member, person.Email);
        Assert.Equal(403, (await member.GotoAsync("/backoffice/postausgang"))!.Status);
    }

    private async Task<bool> IsOverriddenAsync()
    {
        using var admin = host.CreateAdminClient();
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/templates/{Key}/de");
        return view.GetProperty("isOverride").GetBoolean();
    }
}
