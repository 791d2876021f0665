namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// Finds the type of a catalog offering, so that a module can check a link to an offering it is given (a media item
/// names the podcast or video offering it belongs to). Implemented by the module that keeps the offerings.
/// </summary>
public interface IOfferingDirectory
{
    /// <summary>The offering's type key (e.g. <c>video</c>), or null when there is no offering with this id.</summary>
    Task<string?> FindTypeAsync(Guid offeringId, CancellationToken cancellationToken);
}
