using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed class ScheduledPublicationTests(MediaHostFixture host)
{
    private async Task<List<string>> FeedGuidsAsync(string slug)
    {
        using var anonymous = host.CreateClient();
        return XDocument.Parse(await anonymous.GetStringAsync($"/api/media/podcasts/{slug}/feed.xml")).Descendants("guid")
            .Select(g => g.Value).ToList();
    }

    // The fake clock decides whether the time has come; the test fires the job itself, as Quartz would at that time.
    private async Task FirePublicationJobAsync(Guid episodeId)
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey("episode-publication", "media"), new JobDataMap { ["episodeId"] = episodeId.ToString() });
    }

    [Fact]
    public async Task Given_a_scheduled_episode_Then_it_appears_in_the_feed_only_after_its_time()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var episode = await api.EpisodeAsync(slug, MediaApi.Mp3(500), publishAt: host.Clock.GetUtcNow().AddMinutes(2));
        var id = episode.GetProperty("id").GetGuid().ToString();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, episode.GetProperty("publishedAt").ValueKind);

        await FirePublicationJobAsync(Guid.Parse(id));
        await Task.Delay(1500); // an early firing must not publish; give it time to run
        Assert.DoesNotContain(id, await FeedGuidsAsync(slug));

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await FirePublicationJobAsync(Guid.Parse(id));

        var guids = await Testing.Eventually.Get<List<string>>(async () => await FeedGuidsAsync(slug), g => g.Contains(id), TimeSpan.FromSeconds(15))
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : throw new TimeoutException(host.Problems()), TaskScheduler.Default);
        Assert.Equal([id], guids);
    }
}
