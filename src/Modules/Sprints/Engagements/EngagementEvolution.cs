using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Merges;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Kompetenzzentrum.Modules.Sprints.Workshops;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>The engagement's state after each event: pure, shared by the projection, the decisions and their tests.</summary>
internal static class EngagementEvolution
{
    public static Engagement Evolve(Engagement s, object e) => e switch
    {
        TimelinePlanned t => s with { StartsOn = t.StartsOn, Weeks = t.Weeks },
        TeamMemberAdded m => s with { Team = [.. s.Team, new TeamMember(m.MemberId, m.Side, m.Name, m.Email, m.AccountId)] },
        TeamMemberRemoved m => s with { Team = [.. s.Team.Where(t => t.MemberId != m.MemberId)] },
        ChallengesRecorded c => s with { Challenges = c.Challenges },
        InsightsRecorded i => s with { Insights = i.Insights },
        IdeaAdded i => s with { Ideas = [.. s.Ideas, new Idea(i.IdeaId, i.Title, i.Description, i.Topics, null, false)] },
        IdeaAssessed a =>
            s with { Ideas = [.. s.Ideas.Select(i => i.IdeaId == a.IdeaId ? i with { Assessment = new(a.Value, a.Effort, a.Risk) } : i)] },
        IdeaChosen c => s with { Ideas = [.. s.Ideas.Select(i => i.IdeaId == c.IdeaId ? i with { Chosen = c.Chosen } : i)] },
        RoadmapActionAdded r => s with { Roadmap = [.. s.Roadmap, new RoadmapAction(r.ActionId, r.Title, r.Owner, r.DueOn)] },
        PhaseCompleted p => s with
        {
            CompletedPhases = [.. s.CompletedPhases, p.Phase],
            CurrentPhase = PhaseOrder.Next(p.Phase) ?? p.Phase,
            TransferredAt = p.Phase == Phase.Transfer ? p.CompletedAt : s.TransferredAt,
            PhaseHistory = [.. s.PhaseHistory, new PhaseChange(p.Phase, "completed", p.CompletedAt, null)],
        },
        PhaseReopened r => s with
        {
            CurrentPhase = r.To,
            CompletedPhases = [.. s.CompletedPhases.Where(p => p < r.To)],
            PhaseHistory = [.. s.PhaseHistory, new PhaseChange(r.To, "reopened", r.At, r.Reason)],
        },
        WorkshopScheduled w => s with
        {
            Workshops = [.. s.Workshops,
                new Workshop(w.WorkshopId, w.Phase, w.Title, w.StartsAt, w.EndsAt, w.Place, w.Link, w.Participants, 0, false, null)],
        },
        WorkshopRescheduled w => WithWorkshop(s, w.WorkshopId, x => x with
        {
            Title = w.Title,
            StartsAt = w.StartsAt,
            EndsAt = w.EndsAt,
            Place = w.Place,
            Link = w.Link,
            Participants = w.Participants,
            Sequence = x.Sequence + 1,
        }),
        WorkshopCancelled w => WithWorkshop(s, w.WorkshopId, x => x with { Cancelled = true, Sequence = x.Sequence + 1 }),
        WorkshopReminded w => WithWorkshop(s, w.WorkshopId, x => x with { RemindedSequence = w.Sequence }),
        TaskAssigned t => s with { Tasks = [.. s.Tasks, new SprintTask(t.TaskId, t.Title, t.OwnerMemberId, t.DueOn, false, false)] },
        TaskCompleted t => WithTask(s, t.TaskId, x => x with { Done = true }),
        TaskOverdueReminded t => WithTask(s, t.TaskId, x => x with { Reminded = true }),
        FollowUpScheduled f => s with { FollowUpDueAt = f.DueAt },
        FollowUpSent f => s with { FollowUpSentAt = f.At },
        FollowUpAnswered f => s with { FollowUpAnswers = f.Answers },
        EngagementMovedToOrganisation m => s with { OrganisationId = m.OrganisationId },
        _ => s,
    };

    public static Engagement Evolve(Engagement s, IEnumerable<object> events) => events.Aggregate(s, Evolve);

    private static Engagement WithWorkshop(Engagement s, Guid id, Func<Workshop, Workshop> change) =>
        s with { Workshops = [.. s.Workshops.Select(w => w.WorkshopId == id ? change(w) : w)] };

    private static Engagement WithTask(Engagement s, Guid id, Func<SprintTask, SprintTask> change) =>
        s with { Tasks = [.. s.Tasks.Select(t => t.TaskId == id ? change(t) : t)] };
}
