namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Names organisations for staff views of other modules (e.g. the catalog's list of a session's bookings, which
/// stores only organisation ids). Implemented by the module that owns organisations; a module reads it as an
/// optional service and shows a short reference when it is absent.
/// </summary>
public interface IOrganisationNames
{
    /// <summary>The names of the known organisations among the ids; unknown and erased organisations are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);
}
