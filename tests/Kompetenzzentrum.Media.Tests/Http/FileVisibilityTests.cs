using System.Net;
using System.Xml.Linq;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>Files of items that are not (or no longer) public are served to staff only.</summary>
[Collection(MediaHost.Name)]
public sealed class FileVisibilityTests(MediaHostFixture host)
{
    [Fact]
    public async Task Given_a_fresh_upload_Then_only_staff_can_fetch_it()
    {
        using var api = new MediaApi(host);
        var id = await api.UploadAsync(MediaApi.Mp3(200), "audio/mpeg");
        var member = await host.CreateOrganisationAdminAsync();
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/media/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/api/media/files/{id}")).StatusCode);
        var staff = await api.Client.GetAsync($"/api/media/files/{id}");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("no-store", staff.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_scheduled_episode_Then_its_audio_and_transcript_are_staff_only_until_it_is_published_and_again_after_unpublishing()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var episode = await api.EpisodeAsync(slug, MediaApi.Mp3(600), publishAt: host.Clock.GetUtcNow().AddMinutes(1));
        var id = episode.GetProperty("id").GetGuid();
        var audio = $"/api/media/files/{episode.GetProperty("details").GetProperty("audioFileId").GetGuid()}";
        var transcript = $"/api/media/files/{episode.GetProperty("details").GetProperty("transcriptFileId").GetGuid()}";
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(audio)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(transcript)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/media/podcasts/{slug}/episodes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(audio)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync($"/api/media/podcasts/{slug}/episodes/{id}")).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey("episode-publication", "media"), new JobDataMap { ["episodeId"] = id.ToString() });
        await Testing.Eventually.Get(async () => (await anonymous.GetAsync(audio)).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(transcript)).StatusCode);

        var etag = await api.ETagAsync($"/api/media/podcasts/{slug}/episodes/{id}");
        Assert.Equal(HttpStatusCode.OK,
            (await api.SendAsync(HttpMethod.Post, $"/api/media/podcasts/{slug}/episodes/{id}/unpublish", etag)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(audio)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(transcript)).StatusCode);
        Assert.Empty(XDocument.Parse(await anonymous.GetStringAsync($"/api/media/podcasts/{slug}/feed.xml")).Descendants("item"));
    }
}
