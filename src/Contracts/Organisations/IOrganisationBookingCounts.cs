namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// How many bookings each organisation has (any status), for staff views of another module such as the duplicate list,
/// which says what a merge moves. Implemented by the module that owns bookings; read as an optional service.
/// </summary>
public interface IOrganisationBookingCounts
{
    /// <summary>Bookings per organisation among <paramref name="organisationIds"/>; organisations without any are left out.</summary>
    /// <param name="organisationIds">The organisations.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);
}
