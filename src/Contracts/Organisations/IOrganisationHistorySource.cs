namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Implemented by every module that keeps dated data about an organisation (bookings, consultations, sprints, mails …): it
/// answers that data as history entries for the staff's organisation page (<c>/backoffice/unternehmen/{id}</c>) and its
/// API twin <c>GET /api/organisations/{id}/history</c>. The Organisations module collects all registrations (register it
/// with <c>services.AddSingleton&lt;IOrganisationHistorySource, …&gt;()</c>) and puts the entries into one time order;
/// the newest entry is the organisation's "last contact" in the directory. Only what staff may see goes in: no secrets
/// (codes in mails), no research rows of single persons.
/// </summary>
public interface IOrganisationHistorySource
{
    /// <summary>The module's entries about the organisation, in any order; none for an unknown organisation.</summary>
    /// <param name="organisationId">The organisation (a survivor of merges: what moved to it is included).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken);
}
