namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// The coarse, non-personal profile of an organisation, appended whenever it is registered or its details
/// change, so that research can segment interactions without reading the organisation's own data.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Industry">Its industry section key (see <see cref="Kernel.IndustrySections"/>).</param>
/// <param name="SizeClass">Its size class (see <see cref="Kernel.SizeClasses"/>).</param>
/// <param name="FederalState">Its federal state code (see <see cref="Kernel.FederalStates"/>).</param>
/// <param name="ProfiledAt">When the profile took effect.</param>
public sealed record OrganisationProfiled(Guid OrganisationId, string Industry, string SizeClass, string FederalState, DateTimeOffset ProfiledAt);
