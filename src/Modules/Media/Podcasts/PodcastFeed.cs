using System.Globalization;
using System.Xml.Linq;
using Kompetenzzentrum.Modules.Media.Files;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// The RSS 2.0 feed of a series with the iTunes tags podcast apps require and the Podcasting 2.0 transcript
/// and chapters tags. Pure: the caller passes the published episodes, their files and the public base URL.
/// </summary>
internal static class PodcastFeed
{
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace Podcast = "https://podcastindex.org/namespace/1.0";

    public static XDocument Build(PodcastSeries series, IReadOnlyList<PodcastEpisode> episodes, IReadOnlyDictionary<Guid, MediaFile> files,
        string baseUrl)
    {
        var d = series.Details;
        var link = $"{baseUrl}/api/media/podcasts/{series.Slug}";
        var channel = new XElement("channel",
            new XElement("title", d.Title),
            new XElement("link", link),
            new XElement("description", d.Description),
            new XElement("language", d.Language),
            new XElement(Itunes + "image", new XAttribute("href", baseUrl + MediaFile.FileUrl(d.ImageFileId))),
            new XElement(Itunes + "category", new XAttribute("text", d.Category)),
            new XElement(Itunes + "explicit", d.Explicit ? "true" : "false"),
            new XElement(Itunes + "author", d.Author));
        foreach (var episode in episodes.Where(e => e.IsPublished).OrderByDescending(e => e.PublishedAt))
        {
            channel.Add(Item(series, episode, files, baseUrl));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("rss",
                new XAttribute("version", "2.0"),
                new XAttribute(XNamespace.Xmlns + "itunes", Itunes),
                new XAttribute(XNamespace.Xmlns + "podcast", Podcast),
                channel));
    }

    private static XElement Item(PodcastSeries series, PodcastEpisode episode, IReadOnlyDictionary<Guid, MediaFile> files, string baseUrl)
    {
        var d = episode.Details;
        var audio = files[d.AudioFileId];
        var item = new XElement("item",
            new XElement("title", d.Title),
            new XElement("description", d.Description),
            new XElement("enclosure",
                new XAttribute("url", baseUrl + audio.Url),
                new XAttribute("length", audio.Length.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("type", audio.ContentType)),
            // The episode id never changes, so apps never see an episode twice.
            new XElement("guid", new XAttribute("isPermaLink", "false"), episode.Id.ToString()),
            new XElement("pubDate", Rfc822(episode.PublishedAt!.Value)),
            new XElement(Itunes + "duration", Duration(d.DurationSeconds)));
        if (d.TranscriptFileId is { } transcript)
        {
            item.Add(new XElement(Podcast + "transcript",
                new XAttribute("url", baseUrl + MediaFile.FileUrl(transcript)),
                new XAttribute("type", MediaTypes.Vtt)));
        }
        if (d.Chapters.Count > 0)
        {
            item.Add(new XElement(Podcast + "chapters",
                new XAttribute("url", $"{baseUrl}/api/media/podcasts/{series.Slug}/episodes/{episode.Id}/chapters.json"),
                new XAttribute("type", "application/json+chapters")));
        }
        return item;
    }

    /// <summary>RFC 822 date as RSS 2.0 wants it, e.g. <c>Thu, 26 Nov 2026 19:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset at) => at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    /// <summary>itunes:duration as HH:MM:SS.</summary>
    public static string Duration(int seconds) => string.Create(CultureInfo.InvariantCulture,
        $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    /// <summary>The Podcasting 2.0 JSON chapters document.</summary>
    public static object ChaptersJson(EpisodeDetails details) => new
    {
        version = "1.2.0",
        chapters = details.Chapters.OrderBy(c => c.StartSeconds).Select(c => new { startTime = c.StartSeconds, title = c.Title }),
    };
}
