namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record JoinedOrganisation(Guid AccountId, Guid OrganisationId, bool IsAdmin);
