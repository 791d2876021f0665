using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>Drives the media module over HTTP as staff would, with tiny but well-formed files.</summary>
public sealed class MediaApi(HostFixture host) : IDisposable
{
    public HttpClient Client { get; } = host.CreateAdminClient();

    /// <summary>An "MP3": an ID3 header followed by a counting byte pattern, so ranges can be checked.</summary>
    public static byte[] Mp3(int length) =>
        [.. "ID3"u8.ToArray(), .. Enumerable.Range(0, length - 3).Select(i => (byte)(i % 251))];

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Mp4() => [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0, 0, 2, 0];

    public static byte[] Vtt() => Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen beim Podcast.\n");

    public Task<HttpResponseMessage> UploadRawAsync(byte[] content, string contentType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Client.PostAsync("/api/media/files", body);
    }

    public Task<HttpResponseMessage> UploadFormAsync(byte[] content, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", "upload.bin" } };
        return Client.PostAsync("/api/media/files", form);
    }

    public async Task<Guid> UploadAsync(byte[] content, string contentType) =>
        (await Created(await UploadRawAsync(content, contentType))).GetProperty("id").GetGuid();

    public async Task<string> SeriesAsync()
    {
        var slug = "smarter-mittelstand-" + Guid.NewGuid().ToString("N")[..8];
        var response = await Client.PostAsJsonAsync("/api/media/podcasts", new
        {
            slug,
            title = "Smarter Mittelstand",
            description = "Der Podcast des Kompetenzzentrums.",
            language = "de",
            author = "Kompetenzzentrum",
            category = "Business",
            @explicit = false,
            imageFileId = await UploadAsync(Png(), "image/png"),
        });
        await Created(response);
        return slug;
    }

    public async Task<JsonElement> EpisodeAsync(string slug, byte[] audio, DateTimeOffset? publishAt = null, string title = "Folge 1: KI im Betrieb")
    {
        var response = await Client.PostAsJsonAsync($"/api/media/podcasts/{slug}/episodes", new
        {
            title,
            description = "Wie ein Maschinenbauer KI einsetzt.",
            audioFileId = await UploadAsync(audio, "audio/mpeg"),
            durationSeconds = 3725,
            publishAt,
            chapters = new[] { new { startSeconds = 0, title = "Intro" }, new { startSeconds = 300, title = "Praxis" } },
            transcriptFileId = await UploadAsync(Vtt(), "text/vtt"),
            guestCompanies = new[] { "Muster Maschinenbau GmbH" },
            topics = new[] { "ki", "automatisierung" },
        });
        return await Created(response);
    }

    /// <summary>Sends with If-Match (when given) and returns the response.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return Client.SendAsync(request);
    }

    /// <summary>The ETag of a GET as staff.</summary>
    public async Task<string> ETagAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    public static object EpisodeBody(Guid audioFileId, string title, DateTimeOffset? publishAt = null) => new
    {
        title,
        description = "Überarbeitet.",
        audioFileId,
        durationSeconds = 1800,
        publishAt,
        topics = new[] { "ki" },
    };

    public static Task<JsonElement> Created(HttpResponseMessage response) => HttpAnswers.Created(response);

    public static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => HttpAnswers.Problem(response, expected);

    public void Dispose() => Client.Dispose();
}
