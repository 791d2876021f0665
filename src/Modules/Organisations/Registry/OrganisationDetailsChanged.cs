namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record OrganisationDetailsChanged(
    Guid OrganisationId,
    string Name,
    string Kind,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode);
