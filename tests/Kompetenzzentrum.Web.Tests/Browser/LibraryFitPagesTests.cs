using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>A member of an organisation that took the check finds the media that fit it first; an anonymous visitor the newest first.</summary>
public sealed class LibraryFitPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_member_with_gaps_sees_the_fitting_video_first_and_an_anonymous_visitor_the_newest()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (fitting, other) = ($"KI für Entdecker {tag}", $"Cloud für Vorreiter {tag}");
        using var staff = host.CreateAdminClient();
        await VideoAsync(staff, fitting, "Einsteiger", "Gestalter", "ki");
        await Task.Delay(20); // published later, so newest first puts it first
        await VideoAsync(staff, other, "Vorreiter", "Vorreiter", "cloud");
        var member = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        await MaturityApi.TakeAsync(member.Client, member.OrganisationId!.Value, set.GetProperty("id").GetInt32(),
            MaturityApi.Answers(set, 1, ("ki", 5, 2)));

        var anonymous = Slow(await host.NewPageAsync());
        await anonymous.GotoAsync("/mediathek?art=video");
        Assert.Equal([other, fitting], await OursAsync(anonymous, tag));
        Assert.Equal(0, await anonymous.Locator("#library-order").CountAsync());

        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GotoAsync("/mediathek?art=video");
        Assert.Equal([fitting, other], await OursAsync(page, tag));
        Assert.Contains("Sortiert nach Passung", await page.Locator("#library-order").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    private static async Task<string[]> OursAsync(IPage page, string tag) =>
        [.. (await page.Locator("ul.cards li.card h3").AllInnerTextsAsync())
            .Select(t => t.Trim()).Where(t => t.EndsWith(tag, StringComparison.Ordinal))];

    private static async Task VideoAsync(HttpClient staff, string title, string from, string to, string topic)
    {
        async Task<Guid> UploadAsync(byte[] content, string type)
        {
            var body = new ByteArrayContent(content);
            body.Headers.ContentType = new MediaTypeHeaderValue(type);
            return (await HttpAnswers.Created(await staff.PostAsync("/api/media/files", body))).GetProperty("id").GetGuid();
        }
        await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/media/videos", new
        {
            title,
            glossaryTerm = "Digitaler Zwilling",
            videoFileId = await UploadAsync([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0, 0, 2, 0], "video/mp4"),
            durationSeconds = 90,
            captionsFileId = await UploadAsync(Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nHallo.\n"), "text/vtt"),
            transcript = "Hallo.",
            topics = new[] { topic },
            suitableFrom = from,
            suitableTo = to,
        }));
    }

    private static IPage Slow(IPage page)
    {
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(45_000);
        return page;
    }
}
