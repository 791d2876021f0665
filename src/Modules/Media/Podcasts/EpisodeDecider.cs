using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Media.Editing;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>What was read before an episode is scheduled or revised: are the files it names uploads of the right type.</summary>
internal sealed record EpisodeFiles(bool AudioKnown, bool TranscriptKnown);

/// <summary>
/// Decides about episodes, pure, on the state and files read beforehand by <see cref="EpisodeHandlers"/>: the
/// episode must belong to the series, a change must be based on the current version, the content must be valid.
/// When it goes out, changes or goes away is <see cref="EpisodeRules"/>.
/// </summary>
internal static class EpisodeDecider
{
    public static Decision Schedule(Guid episodeId, PodcastSeries? series, ScheduleEpisode command, EpisodeFiles files, DateTimeOffset now)
    {
        if (series is null)
        {
            return Refusal.NotFound("media.series-not-found");
        }
        return Check(command, files, out var details) ?? new Decision(EpisodeRules.Schedule(episodeId, series.Id, details!, command.PublishAt ?? now, now), null);
    }

    public static Decision Revise(PodcastEpisode? episode, Guid seriesId, long version, long? expected, ScheduleEpisode command, EpisodeFiles files, DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected)
        ?? Check(command, files, out var details)
        ?? new Decision(EpisodeRules.Revise(episode!, details!, command.PublishAt, now), null);

    public static Decision Unpublish(PodcastEpisode? episode, Guid seriesId, long version, long? expected, DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected) ?? new Decision(EpisodeRules.Unpublish(episode!, now), null);

    public static Decision Delete(PodcastEpisode? episode, Guid seriesId, long version, long? expected, DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected) ?? new Decision(EpisodeRules.Delete(episode!, now), null);

    private static Refusal? Existing(PodcastEpisode? episode, Guid seriesId, long version, long? expected) =>
        episode is null || episode.SeriesId != seriesId ? Refusal.NotFound("media.item-not-found") : VersionDecider.Check(version, expected);

    private static Refusal? Check(ScheduleEpisode command, EpisodeFiles files, out EpisodeDetails? details)
    {
        var errors = PodcastInput.Check(command, out details).ToList();
        if (command.AudioFileId is not null && !files.AudioKnown)
        {
            errors.Add(new FieldError("audioFileId", "media.audio-unknown"));
        }
        if (command.TranscriptFileId is not null && !files.TranscriptKnown)
        {
            errors.Add(new FieldError("transcriptFileId", "media.transcript-unknown"));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }
}
