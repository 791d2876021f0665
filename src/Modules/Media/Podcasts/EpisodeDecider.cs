using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Media.Editing;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// What was read before an episode is scheduled or revised: are the files it names uploads of the right type, and the
/// type of the offering it names as the catalog knows it (null: none named, or unknown).
/// </summary>
internal sealed record EpisodeFiles(bool AudioKnown, bool TranscriptKnown, string? OfferingType = null);

/// <summary>
/// Decides about episodes, pure, on the state and files read beforehand by <see cref="EpisodeHandlers"/>: the
/// episode must belong to the series, a change must be based on the current version, the content must be valid.
/// A new or revised episode whose time has come goes out at once; otherwise the publication job publishes it.
/// </summary>
internal static class EpisodeDecider
{
    /// <summary>The catalog's offering type of episodes (registered by the module).</summary>
    public const string OfferingType = "podcast-episode";

    public static Decision Schedule(Guid episodeId, PodcastSeries? series, ScheduleEpisode command, EpisodeFiles files, DateTimeOffset now)
    {
        if (series is null)
        {
            return Refusal.NotFound("media.series-not-found");
        }
        return Check(command, files, out var details) ?? new Decision(Scheduled(episodeId, series.Id, details!, command.PublishAt ?? now, now), null);
    }

    public static Decision Revise(PodcastEpisode? episode, Guid seriesId, long version, long? expected, ScheduleEpisode command, EpisodeFiles files,
        DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected)
        ?? Check(command, files, out var details)
        ?? new Decision(Revised(episode!, details!, command.PublishAt, now), null);

    public static Decision Unpublish(PodcastEpisode? episode, Guid seriesId, long version, long? expected, DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected) ?? new Decision(Unpublished(episode!, now), null);

    public static Decision Delete(PodcastEpisode? episode, Guid seriesId, long version, long? expected, DateTimeOffset now) =>
        Existing(episode, seriesId, version, expected) ?? Decision.Accept(new EpisodeDeleted(episode!.Id, episode.SeriesId, now));

    /// <summary>The publication job's decision: an episode planned for now or earlier and not out yet is published; else nothing.</summary>
    public static IReadOnlyList<object> PublishDue(PodcastEpisode? episode, DateTimeOffset now) =>
        episode is { PublishedAt: null, PublishAt: { } at } && at <= now
            ? [new EpisodePublished(episode.Id, episode.SeriesId, now)]
            : [];

    private static IReadOnlyList<object> Scheduled(Guid episodeId, Guid seriesId, EpisodeDetails details, DateTimeOffset publishAt,
        DateTimeOffset now)
    {
        var scheduled = new EpisodeScheduled(episodeId, seriesId, details, publishAt, now);
        return [scheduled, .. PublishDue(PodcastEpisodeProjection.Create(scheduled), now)];
    }

    // New content; for an episode not yet out, a new publishAt re-plans it (a time already past publishes it now).
    // A published episode stays published: unpublish it to take it back.
    private static IReadOnlyList<object> Revised(PodcastEpisode episode, EpisodeDetails details, DateTimeOffset? publishAt, DateTimeOffset now)
    {
        var revised = new EpisodeRevised(episode.Id, episode.SeriesId, details, publishAt, now);
        return [revised, .. PublishDue(PodcastEpisodeProjection.Apply(revised, episode), now)];
    }

    // Back to a draft: out of the feed, its files staff-only, no publication planned (nothing to do for a draft).
    private static IReadOnlyList<object> Unpublished(PodcastEpisode episode, DateTimeOffset now) =>
        episode.IsPublished || episode.PublishAt is not null ? [new EpisodeUnpublished(episode.Id, episode.SeriesId, now)] : [];

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
        var offering = new FieldErrors();
        AudienceInput.CheckOffering(offering, command.OfferingId, files.OfferingType, OfferingType);
        errors.AddRange(offering);
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }
}
