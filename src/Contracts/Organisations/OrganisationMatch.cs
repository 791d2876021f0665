namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>An organisation found by a staff search (<see cref="IOrganisationNames.SearchAsync"/>), with where it is.</summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Postcode">Its postcode, empty when unknown.</param>
/// <param name="FederalState">Its federal state's code (e.g. <c>NW</c>), empty when unknown.</param>
public sealed record OrganisationMatch(Guid Id, string Name, string Postcode, string FederalState);
