namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Finds organisations by the external id an import gave them (the id in the center's CRM or spreadsheet), so that
/// another module's import (past participations) can name organisations as the center's files do. Implemented by the
/// module that owns organisations; a module reads it as an optional service.
/// </summary>
public interface IOrganisationExternalIds
{
    /// <summary>External id to organisation id, for the known organisations among <paramref name="externalIds"/>; erased ones are left out.</summary>
    /// <param name="externalIds">External ids as imported (compared exactly).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyDictionary<string, Guid>> FindAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);
}
