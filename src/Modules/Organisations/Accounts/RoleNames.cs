using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>A role's name for people, in the request's language (<c>organisations.accounts.role-…</c>).</summary>
internal static class RoleNames
{
    public static string Of(ITexts texts, string role) => texts.Get("organisations.accounts.role-" + role);
}
