using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Videos;

/// <summary>A "Kurz erklärt" video: one glossary term explained, with WebVTT captions and a transcript.</summary>
internal sealed record VideoDetails(
    string Title,
    string GlossaryTerm,
    Guid VideoFileId,
    int DurationSeconds,
    Guid CaptionsFileId,
    string Transcript,
    IReadOnlyList<string> Topics);

internal sealed record VideoPublished(Guid VideoId, VideoDetails Details, DateTimeOffset At);

internal sealed record ExplainerVideo(Guid Id, VideoDetails Details, DateTimeOffset PublishedAt);

internal sealed partial class ExplainerVideoProjection : SingleStreamProjection<ExplainerVideo, Guid>
{
    public static ExplainerVideo Create(VideoPublished e) => new(e.VideoId, e.Details, e.At);
}
