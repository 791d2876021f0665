using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>An item of the library as <c>GET /api/media/library</c> answers it (levels as their names).</summary>
public sealed record LibraryEntry(Guid Id, string Kind, string Title, IReadOnlyList<string> Topics, string? SuitableFrom, string? SuitableTo);

/// <summary>The library's answer: items in the order shown, and whether they are sorted for the caller's organisation.</summary>
public sealed record LibraryAnswer(IReadOnlyList<LibraryEntry> Items, bool ByFit);

/// <summary>Videos with a maturity range, topics and a linked offering; organisations that took the check; the library as they see it.</summary>
public static class MediaFit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>A video body; <paramref name="audience"/> adds or overrides fields (suitableFrom, suitableTo, offeringId, topics).</summary>
    public static async Task<Dictionary<string, object?>> VideoBodyAsync(MediaApi api, string title, params (string Field, object? Value)[] audience)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["glossaryTerm"] = "Digitaler Zwilling",
            ["videoFileId"] = await api.UploadAsync(MediaApi.Mp4(), "video/mp4"),
            ["durationSeconds"] = 100,
            ["captionsFileId"] = await api.UploadAsync(MediaApi.Vtt(), "text/vtt"),
            ["transcript"] = "Ein digitaler Zwilling ist ein Abbild.",
            ["topics"] = Array.Empty<string>(),
        };
        foreach (var (field, value) in audience)
        {
            body[field] = value;
        }
        return body;
    }

    /// <summary>Publishes a video and returns its id.</summary>
    public static async Task<Guid> VideoAsync(MediaApi api, string title, params (string Field, object? Value)[] audience) =>
        (await MediaApi.Created(await api.Client.PostAsJsonAsync("/api/media/videos", await VideoBodyAsync(api, title, audience))))
            .GetProperty("id").GetGuid();

    /// <summary>
    /// An organisation that took the check as an Entdecker (every dimension 1 of 4) with gaps in AI (5 against 2: 0.75) and
    /// data (4 against 2: 0.5), as in the catalog's recommendation tests.
    /// </summary>
    public static async Task<TestUser> EntdeckerWithGapsAsync(HostFixture host)
    {
        var member = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        var answers = MaturityApi.Answers(set, 1, ("ki", 5, 2), ("daten", 4, 2));
        await MaturityApi.TakeAsync(member.Client, member.OrganisationId!.Value, set.GetProperty("id").GetInt32(), answers);
        return member;
    }

    /// <summary>The library as <paramref name="client"/> sees it, limited to <paramref name="ours"/> (other tests publish too).</summary>
    public static async Task<LibraryAnswer> LibraryAsync(HttpClient client, params Guid[] ours)
    {
        var answer = (await client.GetFromJsonAsync<LibraryAnswer>("/api/media/library?kind=video", Json))!;
        return answer with { Items = answer.Items.Where(i => ours.Contains(i.Id)).ToList() };
    }

    /// <summary>A published offering of <paramref name="type"/> (asynchronous unless a tour), for linking.</summary>
    public static Task<Guid> OfferingAsync(HttpClient staff, string type, params string[] topics) =>
        CatalogSetup.PublishedOfferingAsync(staff, type, "Medienprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("Kurz erklärt: KI", "Explained: AI"),
            ("Ein kurzes Video.", "A short video."), topics.Length == 0 ? ["ki"] : topics, type == "experience-tour" ? "on-site" : "asynchronous");
}
