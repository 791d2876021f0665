using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>A member of the sprint team, from the center's staff or from the SME.</summary>
internal sealed record TeamMember(Guid MemberId, string Side, string Name, string? Email, Guid? AccountId);

/// <summary>Value, effort and risk of an idea, each 1 (low) to 5 (high).</summary>
internal sealed record IdeaAssessment(int Value, int Effort, int Risk);

/// <summary>An idea of the ideation phase.</summary>
internal sealed record Idea(Guid IdeaId, string Title, string Description, IReadOnlyList<string> Topics, IdeaAssessment? Assessment, bool Chosen);

/// <summary>An action of the transfer roadmap.</summary>
internal sealed record RoadmapAction(Guid ActionId, string Title, string Owner, DateOnly DueOn);

/// <summary>A workshop session; <see cref="Sequence"/> is the iCalendar SEQUENCE (0, raised by every change).</summary>
internal sealed record Workshop(
    Guid WorkshopId, Phase Phase, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, string? Link,
    IReadOnlyList<Guid> Participants, int Sequence, bool Cancelled, int? RemindedSequence);

/// <summary>A task of a team member.</summary>
internal sealed record SprintTask(Guid TaskId, string Title, Guid OwnerMemberId, DateOnly DueOn, bool Done, bool Reminded);

/// <summary>One step in the phase history: a phase completed, or the team went back to it.</summary>
internal sealed record PhaseChange(Phase Phase, string Change, DateTimeOffset At, string? Reason);

/// <summary>
/// A sprint engagement: one SME, its team, timeline, phases and results. Built from its own stream by
/// <see cref="EngagementEvolution"/>; the same record is the read model (inline projection).
/// </summary>
internal sealed record Engagement(
    Guid Id,
    Guid ApplicationId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    DateOnly StartsOn,
    int Weeks,
    Phase CurrentPhase,
    IReadOnlyList<Phase> CompletedPhases,
    DateTimeOffset? TransferredAt,
    IReadOnlyList<PhaseChange> PhaseHistory,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<string> Challenges,
    IReadOnlyList<string> Insights,
    IReadOnlyList<Idea> Ideas,
    IReadOnlyList<RoadmapAction> Roadmap,
    IReadOnlyList<Workshop> Workshops,
    IReadOnlyList<SprintTask> Tasks,
    DateTimeOffset? FollowUpDueAt,
    DateTimeOffset? FollowUpSentAt,
    IReadOnlyList<ActionAnswer> FollowUpAnswers)
{
    public bool Finished => TransferredAt is not null;

    /// <summary>The planned weeks of each phase (see <see cref="Timeline"/>).</summary>
    public IReadOnlyList<PhaseWindow> Plan => Timeline.Plan(StartsOn, Weeks);

    public TeamMember? Member(Guid memberId) => Team.FirstOrDefault(m => m.MemberId == memberId);

    public Workshop? Workshop(Guid workshopId) => Workshops.FirstOrDefault(w => w.WorkshopId == workshopId);

    public static Engagement Start(EngagementStarted e) => new(
        e.EngagementId, e.ApplicationId, e.OrganisationId, e.OfferingId, e.Topics, e.StartsOn, e.Weeks, Phase.Analysis, [], null, [], [], [], [], [],
        [], [], [], null, null, []);
}
