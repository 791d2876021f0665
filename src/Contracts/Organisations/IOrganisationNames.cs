namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Names organisations for staff views of other modules (e.g. the catalog's list of a session's bookings, which
/// stores only organisation ids). Implemented by the module that owns organisations; a module reads it as an
/// optional service and shows a short reference when it is absent. <see cref="SearchAsync"/> finds organisations by
/// name for staff who do not know an id.
/// </summary>
public interface IOrganisationNames
{
    /// <summary>The names of the known organisations among the ids; unknown and erased organisations are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);

    /// <summary>
    /// Live organisations for a staff picker (e.g. a booking taken on the phone), by name: those whose name contains
    /// <paramref name="text"/>, whose postcode starts with it, or whose contacts' e-mail domain is it (<c>beispiel.de</c>);
    /// an id finds that organisation. At most <paramref name="limit"/>, by name; none for blank text.
    /// </summary>
    Task<IReadOnlyList<OrganisationMatch>> SearchAsync(string text, int limit, CancellationToken cancellationToken);
}
