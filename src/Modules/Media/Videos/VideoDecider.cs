using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Media.Editing;

namespace Kompetenzzentrum.Modules.Media.Videos;

/// <summary>
/// What was read before a video is published or revised: are its video and captions uploads of the right type, and the
/// type of the offering it names as the catalog knows it (null: none named, or unknown).
/// </summary>
internal sealed record VideoFiles(bool VideoKnown, bool CaptionsKnown, string? OfferingType = null);

/// <summary>
/// Decides about explainer videos, pure, on the state and files read beforehand by <see cref="VideoHandlers"/>: a
/// change must be based on the current version, the content must be valid (captions and transcript for accessibility).
/// </summary>
internal static class VideoDecider
{
    /// <summary>The catalog's offering type of explainer videos (registered by the module).</summary>
    public const string OfferingType = "video";

    public static Decision Publish(Guid videoId, PublishVideo command, VideoFiles files, DateTimeOffset now) =>
        Check(command, files, out var details) ?? Decision.Accept(new VideoPublished(videoId, details!, now));

    public static Decision Revise(ExplainerVideo? video, long version, long? expected, PublishVideo command, VideoFiles files, DateTimeOffset now) =>
        Existing(video, version, expected) ?? Check(command, files, out var details) ?? Decision.Accept(new VideoRevised(video!.Id, details!, now));

    public static Decision Republish(ExplainerVideo? video, long version, long? expected, DateTimeOffset now) =>
        Existing(video, version, expected)
            ?? (video!.IsPublished ? Decision.Accept() : Decision.Accept(new VideoPublished(video.Id, video.Details, now)));

    public static Decision Unpublish(ExplainerVideo? video, long version, long? expected, DateTimeOffset now) =>
        Existing(video, version, expected) ?? (video!.IsPublished ? Decision.Accept(new VideoUnpublished(video.Id, now)) : Decision.Accept());

    public static Decision Delete(ExplainerVideo? video, long version, long? expected, DateTimeOffset now) =>
        Existing(video, version, expected) ?? Decision.Accept(new VideoDeleted(video!.Id, now));

    private static Refusal? Existing(ExplainerVideo? video, long version, long? expected) =>
        video is null ? Refusal.NotFound("media.item-not-found") : VersionDecider.Check(version, expected);

    private static Refusal? Check(PublishVideo command, VideoFiles files, out VideoDetails? details)
    {
        var topics = command.Topics ?? [];
        var errors = new FieldErrors();
        errors.When(string.IsNullOrWhiteSpace(command.Title), "title", "media.title-required");
        errors.When(string.IsNullOrWhiteSpace(command.GlossaryTerm), "glossaryTerm", "media.glossary-term-required");
        errors.When(command.DurationSeconds is null or <= 0, "durationSeconds", "media.duration-positive");
        errors.When(string.IsNullOrWhiteSpace(command.Transcript), "transcript", "media.transcript-required");
        errors.When(topics.Any(t => t is null || !Topics.IsKnown(t)), "topics", "media.topic-unknown");
        errors.When(command.VideoFileId is null || !files.VideoKnown, "videoFileId", "media.video-unknown");
        // Uploads of text/vtt are only accepted with a WEBVTT header, so the type stands for valid captions.
        errors.When(command.CaptionsFileId is null || !files.CaptionsKnown, "captionsFileId", "media.captions-unknown");
        AudienceInput.Check(errors, command.SuitableFrom, command.SuitableTo);
        AudienceInput.CheckOffering(errors, command.OfferingId, files.OfferingType, OfferingType);
        details = errors.Count == 0
            ? new VideoDetails(command.Title!.Trim(), command.GlossaryTerm!.Trim(), command.VideoFileId!.Value, command.DurationSeconds!.Value,
                command.CaptionsFileId!.Value, command.Transcript!.Trim(), topics.Distinct().ToList(), command.SuitableFrom, command.SuitableTo,
                command.OfferingId)
            : null;
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }
}
