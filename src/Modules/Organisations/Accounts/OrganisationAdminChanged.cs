namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>The account administers its organisation now, or no longer (on the account's stream).</summary>
internal sealed record OrganisationAdminChanged(Guid AccountId, Guid OrganisationId, bool IsAdmin);
