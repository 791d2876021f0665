using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Periods;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>Accept an application into a period; the engagement gets <paramref name="EngagementId"/> and the timeline.</summary>
internal sealed record AcceptApplication(Guid EngagementId, string? Reason, DateOnly StartsOn, int Weeks);

/// <summary>
/// Intake decisions: only a submitted application is decided, once; a period carries at most its capacity
/// of sprints (one more is a 409). Accepting starts the engagement in the same transaction.
/// </summary>
internal static class ApplicationRules
{
    public static Decision Accept(SprintApplication application, ProgramPeriod period, AcceptApplication command, DateTimeOffset now)
    {
        if (application.Status != ApplicationStatus.Submitted)
        {
            return Decided(application);
        }
        if (period.Taken >= period.Capacity)
        {
            return Decision.Conflict($"Der Zeitraum {period.Name} ist voll: Er trägt {period.Capacity} Sprints.", $"The period {period.Name} is full: it carries {period.Capacity} sprints.");
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

    private static Decision Decided(SprintApplication application) => Decision.Conflict(
        $"Über die Bewerbung ist schon entschieden: Sie ist {(application.Status == ApplicationStatus.Accepted ? "angenommen" : "abgelehnt")}.",
        $"The application is already {application.Status}.");
}
