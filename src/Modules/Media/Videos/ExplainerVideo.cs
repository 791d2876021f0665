using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Videos;

/// <summary>
/// A "Kurz erklärt" video: one glossary term explained, with WebVTT captions and a transcript; optionally a maturity range
/// (both ends or neither) and the catalog's video offering it belongs to (as for episodes, see <c>EpisodeDetails</c>).
/// </summary>
internal sealed record VideoDetails(
    string Title,
    string GlossaryTerm,
    Guid VideoFileId,
    int DurationSeconds,
    Guid CaptionsFileId,
    string Transcript,
    IReadOnlyList<string> Topics,
    MaturityLevel? SuitableFrom = null,
    MaturityLevel? SuitableTo = null,
    Guid? OfferingId = null);

/// <summary>Staff published the video (first time with its creation, later again after unpublishing).</summary>
internal sealed record VideoPublished(Guid VideoId, VideoDetails Details, DateTimeOffset At);

internal sealed record VideoRevised(Guid VideoId, VideoDetails Details, DateTimeOffset At);

/// <summary>Staff took the video back: out of the list, its files staff-only.</summary>
internal sealed record VideoUnpublished(Guid VideoId, DateTimeOffset At);

internal sealed record VideoDeleted(Guid VideoId, DateTimeOffset At);

/// <summary>A video; <see cref="PublishedAt"/> null while it is unpublished.</summary>
internal sealed record ExplainerVideo(Guid Id, VideoDetails Details, DateTimeOffset? PublishedAt)
{
    public bool IsPublished => PublishedAt is not null;
}

internal sealed partial class ExplainerVideoProjection : SingleStreamProjection<ExplainerVideo, Guid>
{
    public ExplainerVideoProjection() => DeleteEvent<VideoDeleted>();

    public static ExplainerVideo Create(VideoPublished e) => new(e.VideoId, e.Details, e.At);

    public static ExplainerVideo Apply(VideoPublished e, ExplainerVideo v) => v with { Details = e.Details, PublishedAt = e.At };

    public static ExplainerVideo Apply(VideoRevised e, ExplainerVideo v) => v with { Details = e.Details };

    public static ExplainerVideo Apply(VideoUnpublished e, ExplainerVideo v) => v with { PublishedAt = null };
}
