using Kompetenzzentrum.Modules.Sprints.Periods;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What the staff page of one application shows: the application and the periods to accept it into.</summary>
internal sealed record ApplicationPageModel(BoardApplication Application, IReadOnlyList<ProgramPeriod> Periods);
