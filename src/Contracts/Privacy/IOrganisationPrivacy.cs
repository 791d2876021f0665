namespace Kompetenzzentrum.Contracts.Privacy;

/// <summary>
/// A whole organisation's personal data, for operators on the host's command line (<c>org-export</c>, <c>org-erase</c>):
/// the same export and erasure the organisation's administrators reach through the API. Implemented by the organisations module.
/// </summary>
public interface IOrganisationPrivacy
{
    /// <summary>
    /// The organisation, its members and invitations and every module's section about them, as a serialisable object;
    /// <c>null</c> when there is no such organisation or it was erased.
    /// </summary>
    Task<IReadOnlyDictionary<string, object?>?> ExportAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Erases the organisation and its members everywhere; <c>false</c> when there is no such organisation (left).</summary>
    Task<bool> EraseAsync(Guid organisationId, CancellationToken cancellationToken);
}
