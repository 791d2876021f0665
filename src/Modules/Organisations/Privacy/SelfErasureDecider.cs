using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Organisations.Registry;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>
/// Whether a person may erase their own account, as a pure decision. An organisation with members keeps an admin, so
/// its last admin is refused while others remain (appoint another admin first, or delete the organisation); a sole
/// member who is its admin is pointed to deleting the organisation, which erases the account with it, rather than
/// leaving an organisation nobody can administer. A platform administrator erasing an account on request is not asked.
/// </summary>
internal static class SelfErasureDecider
{
    public const string LastAdmin = "organisations.privacy.last-admin";
    public const string SoleAdmin = "organisations.privacy.sole-admin";

    /// <summary>Null when the account may go; the refusal otherwise.</summary>
    public static Refusal? MayErase(Guid accountId, Organisation? organisation)
    {
        if (organisation is not { Live: true } || !organisation.Members.Any(m => m.AccountId == accountId && m.IsAdmin)
            || organisation.Members.Count(m => m.IsAdmin) > 1)
        {
            return null;
        }
        return Refusal.Conflict(organisation.Members.Count > 1 ? LastAdmin : SoleAdmin);
    }
}
