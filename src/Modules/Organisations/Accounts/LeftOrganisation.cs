namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record LeftOrganisation(Guid AccountId, Guid OrganisationId);
