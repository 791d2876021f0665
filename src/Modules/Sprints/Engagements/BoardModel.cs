using Kompetenzzentrum.Modules.Sprints.Applications;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>One engagement on the staff board: who (contact), whether the as-is canvas exists.</summary>
internal sealed record BoardCard(Engagement Engagement, string Contact, bool HasAsIs);

/// <summary>One open application on the staff board, with its contact.</summary>
internal sealed record BoardApplication(SprintApplication Application, string Contact);

/// <summary>What the staff sprint board shows.</summary>
internal sealed record BoardModel(IReadOnlyList<BoardCard> Cards, IReadOnlyList<BoardApplication> Applications);
