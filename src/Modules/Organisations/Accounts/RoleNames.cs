using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>A role's name for people, in the request's language (<c>organisations.accounts.role-…</c>).</summary>
internal static class RoleNames
{
    public static string Of(ITexts texts, string role) => role switch
    {
        Roles.PlatformAdmin => texts.Get("organisations.accounts.role-platform-admin"),
        Roles.CenterStaff => texts.Get("organisations.accounts.role-center-staff"),
        Roles.PartnerStaff => texts.Get("organisations.accounts.role-partner-staff"),
        Roles.OrganisationMember => texts.Get("organisations.accounts.role-organisation-member"),
        Roles.Analyst => texts.Get("organisations.accounts.role-analyst"),
        _ => role,
    };
}
