using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;

namespace Kompetenzzentrum.Modules.Organisations.Team;

/// <summary>
/// Managing an organisation's members as pure decisions: making or unmaking an admin, removing a member (or leaving).
/// An organisation that has admins keeps at least one: the last admin can neither be unmade, nor removed, nor leave.
/// </summary>
internal static class TeamDecider
{
    public const string LastAdmin = "organisations.team.last-admin";
    public const string NotMember = "organisations.team.not-member";

    /// <summary>Makes or unmakes an admin: the events on the organisation's and on the account's stream.</summary>
    public static Decision SetAdmin(Organisation organisation, Guid accountId, bool isAdmin)
    {
        var member = organisation.Members.FirstOrDefault(m => m.AccountId == accountId);
        if (member is null)
        {
            return Refusal.NotFound(NotMember);
        }
        if (member.IsAdmin == isAdmin)
        {
            return Decision.Accept(); // already so: nothing to record
        }
        if (!isAdmin && IsLastAdmin(organisation, accountId))
        {
            return Refusal.Conflict(LastAdmin);
        }
        return Decision.Accept(
            new MemberAdminChanged(organisation.Id, accountId, isAdmin), new OrganisationAdminChanged(accountId, organisation.Id, isAdmin));
    }

    /// <summary>Removes a member (an admin removing someone, or a member leaving).</summary>
    public static Decision Remove(Organisation organisation, Guid accountId)
    {
        if (organisation.Members.All(m => m.AccountId != accountId))
        {
            return Refusal.NotFound(NotMember);
        }
        if (IsLastAdmin(organisation, accountId))
        {
            return Refusal.Conflict(LastAdmin);
        }
        return Decision.Accept(new MemberRemoved(organisation.Id, accountId), new LeftOrganisation(accountId, organisation.Id));
    }

    private static bool IsLastAdmin(Organisation organisation, Guid accountId) =>
        organisation.Members.Any(m => m.AccountId == accountId && m.IsAdmin) && organisation.Members.Count(m => m.IsAdmin) == 1;
}
