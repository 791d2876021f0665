using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>When, where and with whom a workshop takes place.</summary>
internal sealed record WorkshopPlan(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, string? Link, IReadOnlyList<Guid> Participants);

/// <summary>Workshop decisions: in the future, with team members only; a cancelled workshop stays cancelled.</summary>
internal static class WorkshopRules
{
    public static readonly TimeSpan ReminderAhead = TimeSpan.FromHours(24);

    public static Decision Schedule(Engagement s, Guid workshopId, Phase phase, WorkshopPlan plan, DateTimeOffset now) =>
        Check(s, plan, now) ?? Decision.Accept(new WorkshopScheduled(s.Id, workshopId, phase, plan.Title, plan.StartsAt, plan.EndsAt, plan.Place, plan.Link, plan.Participants, now));

    public static Decision Reschedule(Engagement s, Guid workshopId, WorkshopPlan plan, DateTimeOffset now) =>
        Existing(s, workshopId) ?? Check(s, plan, now)
        ?? Decision.Accept(new WorkshopRescheduled(s.Id, workshopId, plan.Title, plan.StartsAt, plan.EndsAt, plan.Place, plan.Link, plan.Participants, now));

    public static Decision Cancel(Engagement s, Guid workshopId, DateTimeOffset now) =>
        Existing(s, workshopId) ?? Decision.Accept(new WorkshopCancelled(s.Id, workshopId, now));

    /// <summary>Whether the reminder of the workshop's current version is due now and not sent yet.</summary>
    public static bool ReminderDue(Workshop w, DateTimeOffset now) =>
        !w.Cancelled && w.RemindedSequence != w.Sequence && now >= w.StartsAt - ReminderAhead && now < w.StartsAt;

    private static Decision? Check(Engagement s, WorkshopPlan plan, DateTimeOffset now)
    {
        if (s.Finished)
        {
            return Decision.Conflict("Der Sprint ist abgeschlossen.", "The sprint is finished.");
        }
        if (plan.StartsAt <= now)
        {
            return Decision.Reject(RejectionKind.Invalid, "Ein Workshop wird für die Zukunft geplant.", "A workshop is planned for the future.", "startsAt");
        }
        return plan.Participants.FirstOrDefault(p => s.Member(p) is null) is var unknown && unknown != Guid.Empty
            ? Decision.Reject(RejectionKind.Invalid, $"{unknown} gehört nicht zum Team.", $"{unknown} is not in the team.", "participants")
            : null;
    }

    private static Decision? Existing(Engagement s, Guid workshopId) => s.Workshop(workshopId) switch
    {
        null => Decision.Reject(RejectionKind.NotFound, "Diesen Workshop gibt es nicht.", "No such workshop."),
        { Cancelled: true } => Decision.Conflict("Der Workshop ist abgesagt.", "The workshop is cancelled."),
        _ => null,
    };
}
