using Marten;

namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Implemented by every module that keeps documents under organisation ids (bookings, applications, profiles …): when
/// staff merge two organisations it moves the duplicate's data to the survivor. It is called inside the merge's unit of
/// work, so the module's changes commit together with <see cref="OrganisationsMerged"/> or not at all.
/// </summary>
public interface IOrganisationMergeParticipant
{
    /// <summary>Moves what the module keeps under <see cref="OrganisationsMerged.DuplicateId"/> to the survivor.</summary>
    /// <param name="merged">The merge.</param>
    /// <param name="session">The merge's session: store or append here and do not save; the merge saves once.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken);
}
