using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Periods;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What the SME's sprint page shows: one engagement (or none yet), its canvases, the other engagements and the applications.</summary>
internal sealed record SprintPageModel(
    Engagement? Engagement,
    BusinessCanvas? AsIs,
    BusinessCanvas? ToBe,
    IReadOnlyList<Engagement> Others,
    IReadOnlyList<SprintApplication> Applications);

/// <summary>What the canvas editor shows: the engagement, the kind, and the canvas as stored now.</summary>
internal sealed record CanvasPageModel(Engagement Engagement, string Kind, BusinessCanvas? Current);

/// <summary>One engagement on the staff board: who (contact), whether the as-is canvas exists.</summary>
internal sealed record BoardCard(Engagement Engagement, string Contact, bool HasAsIs);

/// <summary>One open application on the staff board, with its contact.</summary>
internal sealed record BoardApplication(SprintApplication Application, string Contact);

/// <summary>What the staff sprint board shows.</summary>
internal sealed record BoardModel(IReadOnlyList<BoardCard> Cards, IReadOnlyList<BoardApplication> Applications);

/// <summary>What the staff page of one application shows: the application and the periods to accept it into.</summary>
internal sealed record ApplicationPageModel(BoardApplication Application, IReadOnlyList<ProgramPeriod> Periods);
