namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record OrganisationRegistered(
    Guid OrganisationId,
    string Name,
    string Kind,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode,
    Guid? RegisteredBy);
