using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Merges;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Kompetenzzentrum.Modules.Sprints.Workshops;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Keeps the <see cref="Engagement"/> document in step with its stream; every change goes through
/// <see cref="EngagementEvolution"/>.</summary>
internal sealed partial class EngagementProjection : SingleStreamProjection<Engagement, Guid>
{
    public static Engagement Create(EngagementStarted e) => Engagement.Start(e);

    public static Engagement Apply(TimelinePlanned e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(TeamMemberAdded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(TeamMemberRemoved e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(ChallengesRecorded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(InsightsRecorded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(IdeaAdded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(IdeaAssessed e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(IdeaChosen e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(RoadmapActionAdded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(PhaseCompleted e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(PhaseReopened e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(WorkshopScheduled e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(WorkshopRescheduled e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(WorkshopCancelled e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(WorkshopReminded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(TaskAssigned e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(TaskCompleted e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(TaskOverdueReminded e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(FollowUpScheduled e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(FollowUpSent e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(FollowUpAnswered e, Engagement s) => EngagementEvolution.Evolve(s, e);

    public static Engagement Apply(EngagementMovedToOrganisation e, Engagement s) => EngagementEvolution.Evolve(s, e);
}
