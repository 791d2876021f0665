using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What the SME's sprint page shows: one engagement (or none yet), its canvases, the other engagements and the applications.</summary>
internal sealed record SprintPageModel(
    Engagement? Engagement,
    BusinessCanvas? AsIs,
    BusinessCanvas? ToBe,
    IReadOnlyList<Engagement> Others,
    IReadOnlyList<SprintApplication> Applications);
