using System.Text;
using System.Xml;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>The feed at a stable URL per series; podcast apps poll it anonymously.</summary>
internal static class PodcastFeedEndpoint
{
    public static async Task<IResult> Feed(string slug, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (await PodcastEndpoints.FindSeriesAsync(session, slug, ct) is not { } series)
        {
            return Results.NotFound();
        }
        var episodes = await session.Query<PodcastEpisode>().Where(e => e.SeriesId == series.Id && e.PublishedAt != null).ToListAsync(ct);
        var fileIds = episodes.Select(e => e.Details.AudioFileId).Distinct().ToArray();
        var files = (await session.LoadManyAsync<MediaFile>(ct, fileIds)).ToDictionary(f => f.Id);
        // An episode whose audio file vanished is left out rather than breaking the whole feed.
        var playable = episodes.Where(e => files.ContainsKey(e.Details.AudioFileId)).ToList();
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var document = PodcastFeed.Build(series, playable, files, baseUrl);

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, Indent = true }))
        {
            await document.SaveAsync(writer, ct);
        }
        return Results.Bytes(buffer.ToArray(), "application/rss+xml; charset=utf-8");
    }
}
