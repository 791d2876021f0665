namespace Kompetenzzentrum.Modules.Organisations.Team;

/// <summary>A member was made an organisation admin, or is one no longer (on the organisation's stream).</summary>
internal sealed record MemberAdminChanged(Guid OrganisationId, Guid AccountId, bool IsAdmin);
