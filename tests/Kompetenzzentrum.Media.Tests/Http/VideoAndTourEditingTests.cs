using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed class VideoAndTourEditingTests(MediaHostFixture host)
{
    private static async Task<object> VideoBodyAsync(MediaApi api, string title) => new
    {
        title,
        glossaryTerm = "Digitaler Zwilling",
        videoFileId = await api.UploadAsync(MediaApi.Mp4(), "video/mp4"),
        durationSeconds = 90,
        captionsFileId = await api.UploadAsync(MediaApi.Vtt(), "text/vtt"),
        transcript = "Ein digitaler Zwilling ist ...",
        topics = new[] { "daten" },
    };

    [Fact]
    public async Task Given_a_video_Then_staff_revise_unpublish_republish_and_delete_it_with_If_Match_and_its_files_follow()
    {
        using var api = new MediaApi(host);
        var video = await MediaApi.Created(await api.Client.PostAsJsonAsync("/api/media/videos", await VideoBodyAsync(api, "Zwilling")));
        var id = video.GetProperty("id").GetGuid();
        var url = $"/api/media/videos/{id}";
        var captions = $"/api/media/files/{video.GetProperty("details").GetProperty("captionsFileId").GetGuid()}";
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(captions)).StatusCode);

        var etag = await api.ETagAsync(url);
        var revised = await api.SendAsync(HttpMethod.Put, url, etag, await VideoBodyAsync(api, "Zwilling, neu"));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        await MediaApi.Problem(await api.SendAsync(HttpMethod.Post, url + "/unpublish", etag), HttpStatusCode.PreconditionFailed);
        await MediaApi.Problem(await api.SendAsync(HttpMethod.Post, url + "/unpublish", null), HttpStatusCode.PreconditionRequired);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Post, url + "/unpublish", revised.Headers.ETag!.Tag)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(id, (await anonymous.GetFromJsonAsync<JsonElement>("/api/media/videos")).EnumerateArray()
            .Select(v => v.GetProperty("id").GetGuid()));
        var newCaptions = (await api.Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("details").GetProperty("captionsFileId").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/media/files/{newCaptions}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(captions)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Post, url + "/publish", await api.ETagAsync(url))).StatusCode);
        Assert.Equal("Zwilling, neu", (await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("details").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await api.SendAsync(HttpMethod.Delete, url, await api.ETagAsync(url))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/media/files/{newCaptions}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_described_tour_Then_changing_it_needs_If_Match_a_stale_one_is_412_and_it_can_be_deleted()
    {
        using var api = new MediaApi(host);
        var offering = Guid.NewGuid();
        var url = $"/api/media/tours/{offering}";
        object Tour(string company) =>
            new { hostCompany = company, address = "Werkstraße 1, Cottbus", agenda = new[] { new { time = "10:00", title = "Rundgang" } } };
        var first = await api.Client.PutAsJsonAsync(url, Tour("Erste GmbH"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal(etag, await api.ETagAsync(url));

        await MediaApi.Problem(await api.SendAsync(HttpMethod.Put, url, null, Tour("Ohne GmbH")), HttpStatusCode.PreconditionRequired);
        var second = await api.SendAsync(HttpMethod.Put, url, etag, Tour("Zweite GmbH"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await MediaApi.Problem(await api.SendAsync(HttpMethod.Put, url, etag, Tour("Veraltet GmbH")), HttpStatusCode.PreconditionFailed);
        Assert.Equal("Zweite GmbH", (await api.Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("hostCompany").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await api.SendAsync(HttpMethod.Delete, url, second.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PutAsJsonAsync(url, Tour("Neu GmbH"))).StatusCode);
    }
}
