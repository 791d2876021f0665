using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed partial class FeedTests(MediaHostFixture host)
{
    private static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static readonly XNamespace Podcast = "https://podcastindex.org/namespace/1.0";

    [GeneratedRegex(@"^\d{2,}:[0-5]\d:[0-5]\d$")]
    private static partial Regex DurationFormat();

    private async Task<XDocument> FeedAsync(string slug)
    {
        using var anonymous = host.CreateClient();
        var response = await anonymous.GetAsync($"/api/media/podcasts/{slug}/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_published_episode_Then_the_feed_is_RSS_2_with_every_required_itunes_and_podcasting_2_tag()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var audio = MediaApi.Mp3(4321);
        var episode = await api.EpisodeAsync(slug, audio);

        var feed = await FeedAsync(slug);

        var rss = feed.Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")?.Value);
        var channel = rss.Element("channel")!;
        Assert.Equal("Smarter Mittelstand", channel.Element("title")?.Value);
        Assert.EndsWith($"/api/media/podcasts/{slug}", channel.Element("link")?.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")?.Value));
        Assert.Equal("de", channel.Element("language")?.Value);
        Assert.True(Uri.IsWellFormedUriString(channel.Element(Itunes + "image")?.Attribute("href")?.Value, UriKind.Absolute));
        Assert.Equal("Business", channel.Element(Itunes + "category")?.Attribute("text")?.Value);
        Assert.Contains(channel.Element(Itunes + "explicit")?.Value, new[] { "true", "false" });
        Assert.Equal("Kompetenzzentrum", channel.Element(Itunes + "author")?.Value);

        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal("Folge 1: KI im Betrieb", item.Element("title")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(item.Element("description")?.Value));
        var enclosure = item.Element("enclosure")!;
        Assert.Equal(audio.Length.ToString(CultureInfo.InvariantCulture), enclosure.Attribute("length")?.Value);
        Assert.Equal("audio/mpeg", enclosure.Attribute("type")?.Value);
        using var anonymous = host.CreateClient();
        Assert.Equal(audio, await anonymous.GetByteArrayAsync(enclosure.Attribute("url")!.Value));
        var guid = item.Element("guid")!;
        Assert.Equal("false", guid.Attribute("isPermaLink")?.Value);
        Assert.Equal(episode.GetProperty("id").GetGuid().ToString(), guid.Value);
        var published = DateTimeOffset.ParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture);
        Assert.True(published <= host.Clock.GetUtcNow() && published > host.Clock.GetUtcNow().AddMinutes(-5));
        Assert.Equal("01:02:05", item.Element(Itunes + "duration")?.Value);
        Assert.Matches(DurationFormat(), item.Element(Itunes + "duration")!.Value);
        var transcript = item.Element(Podcast + "transcript")!;
        Assert.Equal("text/vtt", transcript.Attribute("type")?.Value);
        Assert.StartsWith("WEBVTT", await anonymous.GetStringAsync(transcript.Attribute("url")!.Value), StringComparison.Ordinal);
        var chapters = item.Element(Podcast + "chapters")!;
        Assert.Equal("application/json+chapters", chapters.Attribute("type")?.Value);
        Assert.Contains("\"Praxis\"", await anonymous.GetStringAsync(chapters.Attribute("url")!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_same_feed_requested_twice_Then_the_guids_are_the_same()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        await api.EpisodeAsync(slug, MediaApi.Mp3(100), title: "Eins");
        await api.EpisodeAsync(slug, MediaApi.Mp3(200), title: "Zwei");

        var first = (await FeedAsync(slug)).Descendants("guid").Select(g => g.Value).ToList();
        var second = (await FeedAsync(slug)).Descendants("guid").Select(g => g.Value).ToList();

        Assert.Equal(2, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Given_an_unknown_series_Then_404_and_bad_episode_input_400_naming_fields()
    {
        using var api = new MediaApi(host);
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/media/podcasts/gibt-es-nicht/feed.xml")).StatusCode);
        var slug = await api.SeriesAsync();
        var png = await api.UploadAsync(MediaApi.Png(), "image/png");

        var problem = await MediaApi.Problem(await api.Client.PostAsync($"/api/media/podcasts/{slug}/episodes",
            System.Net.Http.Json.JsonContent.Create(
                new { title = "x", description = "y", audioFileId = png, durationSeconds = 10, topics = new[] { "astrologie" } })),
            HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("audioFileId", out _));
        Assert.True(errors.TryGetProperty("topics", out _));
    }
}
