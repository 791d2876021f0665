namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record MemberRemoved(Guid OrganisationId, Guid AccountId);
