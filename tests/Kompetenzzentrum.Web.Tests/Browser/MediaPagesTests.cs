using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff publish a podcast episode with chapters through the back office; a member sees the chapters, plays it and the page
/// resumes where they stopped.
/// </summary>
public sealed partial class MediaPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_publish_a_podcast_episode_and_a_member_resumes_it_where_they_stopped()
    {
        var staff = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
        await staff.GotoAsync("/backoffice/medien");
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        var series = staff.GetByRole(AriaRole.Form, new() { Name = "Neue Podcast-Reihe" });
        await series.GetByLabel("Titel der Reihe").FillAsync("Smarter Mittelstand");
        await series.GetByLabel("Kurzname in der Feed-Adresse").FillAsync("smarter-mittelstand");
        await series.GetByLabel("Beschreibung").FillAsync("Der Podcast des Kompetenzzentrums.");
        await series.GetByLabel("Titelbild (JPEG oder PNG)")
            .SetInputFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = Png() });
        await series.GetByRole(AriaRole.Button, new() { Name = "Reihe anlegen" }).ClickAsync();
        Assert.Contains("Die Reihe ist angelegt.", await staff.Locator(".flash").InnerTextAsync());

        await staff.GetByRole(AriaRole.Link, new() { Name = "Neue Podcastfolge" }).ClickAsync();
        await staff.Locator("#f-title").FillAsync("Folge 1: KI im Handwerk");
        await staff.GetByLabel("Beschreibung").FillAsync("Wie eine Bäckerei mit KI weniger Brot wegwirft.");
        await staff.GetByLabel("Dauer in Sekunden").FillAsync("60");
        await staff.GetByLabel("Künstliche Intelligenz").CheckAsync();
        var chapters = staff.GetByLabel("Kapitel (eines je Zeile: Beginn, dann Titel)");
        await chapters.FillAsync("0:00 Begrüßung\nDie Bäckerei");
        // A file that only claims to be MP3 is refused by its first bytes, and a chapter without its start is named by its
        // line; the form comes back with each message next to its field and the input kept.
        await staff.GetByLabel("Audiodatei (MP3 oder M4A)")
            .SetInputFilesAsync(new FilePayload { Name = "folge-1.mp3", MimeType = "audio/mpeg", Buffer = Png() });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Diese Datei hat nicht den erwarteten Typ", await staff.Locator("#f-audioFileId-error").InnerTextAsync());
        Assert.Contains("Zeile 2: erst der Beginn", await staff.Locator("#f-chapters-error").InnerTextAsync());
        Assert.Equal("Folge 1: KI im Handwerk", await staff.Locator("#f-title").InputValueAsync());
        Assert.Equal("0:00 Begrüßung\nDie Bäckerei", await chapters.InputValueAsync());
        await chapters.FillAsync("0:00 Begrüßung\n0:30 Die Bäckerei");
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await staff.GetByLabel("Audiodatei (MP3 oder M4A)")
            .SetInputFilesAsync(new FilePayload { Name = "folge-1.mp3", MimeType = "audio/mpeg", Buffer = SilentMp3(60) });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Die Folge ist gespeichert.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("Veröffentlicht", await staff.GetByRole(AriaRole.Row, new() { Name = "Folge 1: KI im Handwerk" }).InnerTextAsync());
        await BrowserHost.ScreenshotAsync(staff, "media-backoffice");
        // The edit form shows the chapters as they were typed, so a revision keeps them.
        await staff.GetByRole(AriaRole.Row, new() { Name = "Folge 1: KI im Handwerk" })
            .GetByRole(AriaRole.Link, new() { Name = "Bearbeiten" }).ClickAsync();
        Assert.Equal("0:00 Begrüßung\n0:30 Die Bäckerei", await chapters.InputValueAsync());

        var member = await host.CreateOrganisationAdminAsync();
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GotoAsync("/mediathek");
        await page.GetByLabel("Thema").SelectOptionAsync("ki");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
        Assert.Contains("thema=ki", page.Url);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "media-library");
        await page.GetByRole(AriaRole.Link, new() { Name = "Folge 1: KI im Handwerk" }).ClickAsync();
        Assert.Contains("0:30 – Die Bäckerei", await page.Locator("main").InnerTextAsync());

        var player = page.Locator("audio");
        Assert.Equal("0", await player.GetAttributeAsync("data-position"));
        await page.WaitForFunctionAsync("() => document.querySelector('audio').readyState >= 1");
        await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync("() => { const p = document.querySelector('audio'); p.currentTime = 42; p.dispatchEvent(new Event('pause')); }"),
            r => r.Url.Contains("/api/media/progress/", StringComparison.Ordinal) && r.Status == 202);

        await page.ReloadAsync();
        Assert.Equal("42", await player.GetAttributeAsync("data-position"));
        Assert.Contains("Weiter ab 0:42", await page.Locator("#resume").InnerTextAsync());
        await page.WaitForFunctionAsync("() => document.querySelector('audio').currentTime >= 41");
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "media-player");
    }

    [Fact]
    public async Task Back_office_media_page_needs_staff()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, member.Email);
        var response = await page.GotoAsync("/backoffice/medien");
        Assert.NotEqual(200, response!.Status);
        Assert.DoesNotContain("Medien veröffentlichen", await page.Locator("h1").InnerTextAsync());
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: 417-byte frames of silence (all-zero side information), ~38.3 per second.
    private static byte[] SilentMp3(int seconds)
    {
        const int frame = 417;
        var frames = (int)Math.Ceiling(seconds * 44100 / 1152.0);
        var bytes = new byte[frames * frame];
        for (var i = 0; i < frames; i++)
        {
            bytes[i * frame] = 0xFF;
            bytes[(i * frame) + 1] = 0xFB;
            bytes[(i * frame) + 2] = 0x90;
            bytes[(i * frame) + 3] = 0x64;
        }
        return bytes;
    }

    // The machine is shared with parallel builds: give pages more time than the fixture's default.
    private static IPage Slow(IPage page)
    {
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(45_000);
        return page;
    }
}
