using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Who may fetch a file: anyone once it belongs to something public (the cover of a series, the audio or
/// transcript of a published episode, the video or captions of a published video); before that, and after
/// unpublishing or deleting, staff only. So an episode prepared for next week cannot be heard by guessing
/// or leaking its file id.
/// </summary>
internal static class FileVisibility
{
    public static async Task<bool> IsPublicAsync(IQuerySession session, Guid fileId, CancellationToken ct) =>
        await session.Query<PodcastEpisode>()
            .AnyAsync(e => e.PublishedAt != null && (e.Details.AudioFileId == fileId || e.Details.TranscriptFileId == fileId), ct)
        || await session.Query<ExplainerVideo>()
            .AnyAsync(v => v.PublishedAt != null && (v.Details.VideoFileId == fileId || v.Details.CaptionsFileId == fileId), ct)
        || await session.Query<PodcastSeries>().AnyAsync(s => s.Details.ImageFileId == fileId, ct);
}
