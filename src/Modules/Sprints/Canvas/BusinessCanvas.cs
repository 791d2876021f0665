using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>The two canvases of an engagement: the business model as it is, and as it shall be.</summary>
internal static class CanvasKinds
{
    public const string AsIs = "as-is";
    public const string ToBe = "to-be";

    public static bool IsKnown(string kind) => kind is AsIs or ToBe;

    /// <summary>Each canvas is its own stream (so editing one never makes the other's ETag stale), derived from the engagement id.</summary>
    public static Guid StreamId(Guid engagementId, string kind) => Ids.Derived("sprints-canvas-" + kind, engagementId);
}

/// <summary>A new version of a canvas: all nine blocks as saved. The notes are free text (masked on erasure).</summary>
internal sealed record CanvasSaved(Guid CanvasId, Guid EngagementId, string Kind, CanvasBlocks Blocks, Guid? AccountId, DateTimeOffset At);

/// <summary>The current version of a canvas; <see cref="Version"/> is the stream version and the ETag.</summary>
internal sealed record BusinessCanvas(Guid Id, Guid EngagementId, string Kind, CanvasBlocks Blocks, long Version, DateTimeOffset UpdatedAt);

internal sealed partial class BusinessCanvasProjection : SingleStreamProjection<BusinessCanvas, Guid>
{
    public static BusinessCanvas Create(CanvasSaved e) => new(e.CanvasId, e.EngagementId, e.Kind, e.Blocks, 1, e.At);

    public static BusinessCanvas Apply(CanvasSaved e, BusinessCanvas c) => c with { Blocks = e.Blocks, Version = c.Version + 1, UpdatedAt = e.At };
}
