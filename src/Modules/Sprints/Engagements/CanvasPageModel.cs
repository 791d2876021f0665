using Kompetenzzentrum.Modules.Sprints.Canvas;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What the canvas editor shows: the engagement, the kind, and the canvas as stored now.</summary>
internal sealed record CanvasPageModel(Engagement Engagement, string Kind, BusinessCanvas? Current);
