using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Periods;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>Accept an application into a period; the engagement gets <paramref name="EngagementId"/> and the timeline.</summary>
internal sealed record AcceptApplication(Guid EngagementId, string? Reason, DateOnly StartsOn, int Weeks);

/// <summary>
/// Intake decisions: only a submitted application is decided, once; a period carries at most its capacity
/// of sprints (one more is a 409). Accepting starts the engagement in the same transaction.
/// </summary>
internal static class ApplicationDecider
{
    public static Decision Accept(SprintApplication application, ProgramPeriod period, AcceptApplication command, DateTimeOffset now)
    {
        if (application.Status != ApplicationStatus.Submitted)
        {
            return Decided(application);
        }
        if (period.Taken >= period.Capacity)
        {
            return Refusal.Conflict("sprints.period-full", TextArgs.Of(("period", period.Name), ("count", period.Capacity)));
        }
        return Decision.Accept(
            new ApplicationAccepted(application.Id, period.Id, command.EngagementId, command.Reason, now),
            new PeriodSprintTaken(period.Id, application.Id, command.EngagementId, now),
            new EngagementStarted(command.EngagementId, application.Id, application.OrganisationId, application.OfferingId, application.Topics,
                command.StartsOn, command.Weeks, now));
    }

    public static Decision Decline(SprintApplication application, string reason, DateTimeOffset now) =>
        application.Status != ApplicationStatus.Submitted
            ? Decided(application)
            : Decision.Accept(new ApplicationDeclined(application.Id, reason, now));

    private static Refusal Decided(SprintApplication application) => Refusal.Conflict(
        application.Status == ApplicationStatus.Accepted ? "sprints.application-already-accepted" : "sprints.application-already-declined");
}
