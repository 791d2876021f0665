using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed class EpisodeEditingTests(MediaHostFixture host)
{
    private async Task<List<string>> FeedTitlesAsync(string slug)
    {
        using var anonymous = host.CreateClient();
        return XDocument.Parse(await anonymous.GetStringAsync($"/api/media/podcasts/{slug}/feed.xml"))
            .Descendants("item").Select(i => i.Element("title")!.Value).ToList();
    }

    [Fact]
    public async Task Given_a_published_episode_When_staff_revise_it_Then_If_Match_is_required_a_stale_one_is_412_and_the_feed_shows_the_new_title()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var episode = await api.EpisodeAsync(slug, MediaApi.Mp3(300), title: "Alt");
        var url = $"/api/media/podcasts/{slug}/episodes/{episode.GetProperty("id").GetGuid()}";
        var audio = episode.GetProperty("details").GetProperty("audioFileId").GetGuid();
        var etag = await api.ETagAsync(url);

        await MediaApi.Problem(await api.SendAsync(HttpMethod.Put, url, null, MediaApi.EpisodeBody(audio, "Ohne")),
            HttpStatusCode.PreconditionRequired);
        var revised = await api.SendAsync(HttpMethod.Put, url, etag, MediaApi.EpisodeBody(audio, "Neu"));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.NotEqual(etag, revised.Headers.ETag!.Tag);
        await MediaApi.Problem(await api.SendAsync(HttpMethod.Put, url, etag, MediaApi.EpisodeBody(audio, "Veraltet")),
            HttpStatusCode.PreconditionFailed);
        var bad = await MediaApi.Problem(await api.SendAsync(HttpMethod.Put, url, revised.Headers.ETag.Tag, MediaApi.EpisodeBody(Guid.NewGuid(), "")),
            HttpStatusCode.BadRequest);

        Assert.True(bad.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("audioFileId", out _));
        Assert.Equal(["Neu"], await FeedTitlesAsync(slug));
        var current = await api.Client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(1800, current.GetProperty("details").GetProperty("durationSeconds").GetInt32());
    }

    [Fact]
    public async Task Given_two_published_episodes_When_one_is_unpublished_and_the_other_deleted_Then_both_leave_the_feed_and_the_deleted_is_gone()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var first = (await api.EpisodeAsync(slug, MediaApi.Mp3(300), title: "Eins")).GetProperty("id").GetGuid();
        var second = (await api.EpisodeAsync(slug, MediaApi.Mp3(300), title: "Zwei")).GetProperty("id").GetGuid();
        Assert.Equal(2, (await FeedTitlesAsync(slug)).Count);
        var firstUrl = $"/api/media/podcasts/{slug}/episodes/{first}";
        var secondUrl = $"/api/media/podcasts/{slug}/episodes/{second}";

        var unpublished = await api.SendAsync(HttpMethod.Post, firstUrl + "/unpublish", await api.ETagAsync(firstUrl));
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Equal(["Zwei"], await FeedTitlesAsync(slug));
        await MediaApi.Problem(await api.SendAsync(HttpMethod.Delete, secondUrl, "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await api.SendAsync(HttpMethod.Delete, secondUrl, await api.ETagAsync(secondUrl))).StatusCode);

        Assert.Empty(await FeedTitlesAsync(slug));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync(secondUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(firstUrl)).StatusCode);
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(firstUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(firstUrl + "/chapters.json")).StatusCode);
        var staffList = await api.Client.GetFromJsonAsync<JsonElement>($"/api/media/podcasts/{slug}/episodes?includeUnpublished=true");
        Assert.Equal([first], staffList.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.DeleteAsync(firstUrl)).StatusCode);
    }

    [Fact]
    public async Task Given_an_unpublished_episode_When_revised_with_a_time_in_the_past_Then_it_is_back_in_the_feed()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var episode = await api.EpisodeAsync(slug, MediaApi.Mp3(300), title: "Zurück");
        var url = $"/api/media/podcasts/{slug}/episodes/{episode.GetProperty("id").GetGuid()}";
        await api.SendAsync(HttpMethod.Post, url + "/unpublish", await api.ETagAsync(url));
        Assert.Empty(await FeedTitlesAsync(slug));

        var revised = await api.SendAsync(HttpMethod.Put, url, await api.ETagAsync(url),
            MediaApi.EpisodeBody(episode.GetProperty("details").GetProperty("audioFileId").GetGuid(), "Wieder da", host.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(["Wieder da"], await FeedTitlesAsync(slug));
    }
}
