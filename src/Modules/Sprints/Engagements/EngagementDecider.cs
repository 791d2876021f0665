using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Add <paramref name="MemberId"/> to the team (<paramref name="Email"/> already trimmed and lower-case).</summary>
internal sealed record AddTeamMember(Guid MemberId, string Side, string Name, string? Email, Guid? AccountId);

/// <summary>The team and the timeline: an address is in the team once; a finished sprint keeps its timeline.</summary>
internal static class EngagementDecider
{
    public static Decision AddMember(Engagement s, AddTeamMember command, DateTimeOffset now) =>
        command.Email is not null && s.Team.Any(m => m.Email == command.Email)
            ? Refusal.Conflict("sprints.team-email-taken")
            : Decision.Accept(new TeamMemberAdded(s.Id, command.MemberId, command.Side, command.Name, command.Email, command.AccountId, now));

    public static Decision RemoveMember(Engagement s, Guid memberId, DateTimeOffset now) =>
        s.Member(memberId) is null
            ? Refusal.NotFound("sprints.team-member-not-found")
            : Decision.Accept(new TeamMemberRemoved(s.Id, memberId, now));

    public static Decision Plan(Engagement s, DateOnly startsOn, int weeks, DateTimeOffset now) =>
        s.Finished
            ? Refusal.Conflict("sprints.sprint-finished")
            : Decision.Accept(new TimelinePlanned(s.Id, startsOn, weeks, now));
}
