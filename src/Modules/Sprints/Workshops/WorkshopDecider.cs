using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>When, where and with whom a workshop takes place.</summary>
internal sealed record WorkshopPlan(
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? Link,
    IReadOnlyList<Guid> Participants);

/// <summary>Workshop decisions: in the future, with team members only; a cancelled workshop stays cancelled.</summary>
internal static class WorkshopDecider
{
    public static readonly TimeSpan ReminderAhead = TimeSpan.FromHours(24);

    public static Decision Schedule(Engagement s, Guid workshopId, Phase phase, WorkshopPlan plan, DateTimeOffset now) =>
        Check(s, plan, now)
            ?? Decision.Accept(
                new WorkshopScheduled(s.Id, workshopId, phase, plan.Title, plan.StartsAt, plan.EndsAt, plan.Place, plan.Link, plan.Participants,
                    now));

    public static Decision Reschedule(Engagement s, Guid workshopId, WorkshopPlan plan, DateTimeOffset now) =>
        Existing(s, workshopId) ?? Check(s, plan, now)
        ?? Decision.Accept(
            new WorkshopRescheduled(s.Id, workshopId, plan.Title, plan.StartsAt, plan.EndsAt, plan.Place, plan.Link, plan.Participants, now));

    public static Decision Cancel(Engagement s, Guid workshopId, DateTimeOffset now) =>
        Existing(s, workshopId) ?? Decision.Accept(new WorkshopCancelled(s.Id, workshopId, now));

    /// <summary>Whether the reminder of the workshop's current version is due now and not sent yet.</summary>
    public static bool ReminderDue(Workshop w, DateTimeOffset now) =>
        !w.Cancelled && w.RemindedSequence != w.Sequence && now >= w.StartsAt - ReminderAhead && now < w.StartsAt;

    private static Refusal? Check(Engagement s, WorkshopPlan plan, DateTimeOffset now)
    {
        if (s.Finished)
        {
            return Refusal.Conflict("sprints.sprint-finished");
        }
        if (plan.StartsAt <= now)
        {
            return Refusal.Invalid("startsAt", "sprints.workshop-in-future");
        }
        return plan.Participants.FirstOrDefault(p => s.Member(p) is null) is var unknown && unknown != Guid.Empty
            ? Refusal.Invalid("participants", "sprints.participant-not-in-team", TextArgs.Of(("participant", unknown)))
            : null;
    }

    private static Refusal? Existing(Engagement s, Guid workshopId) => s.Workshop(workshopId) switch
    {
        null => Refusal.NotFound("sprints.workshop-not-found"),
        { Cancelled: true } => Refusal.Conflict("sprints.workshop-cancelled"),
        _ => null,
    };
}
