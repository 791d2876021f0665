using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.Merges;

/// <summary>
/// When staff merge two organisations, the duplicate's sprint applications and engagements (team, phases, workshops, tasks,
/// canvas, follow-up) move to the survivor, in the merge's transaction: each stream records the move
/// (<see cref="ApplicationMovedToOrganisation"/>,
/// <see cref="EngagementMovedToOrganisation"/>), so the projections keep them under the survivor when rebuilt, and the events
/// decided later (phases, follow-up answers) carry the survivor's id.
/// </summary>
internal sealed class SprintsMerge : IOrganisationMergeParticipant
{
    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.DuplicateId, merged.SurvivorId);
        var applications = await session.Query<SprintApplication>().Where(a => a.OrganisationId == from).Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var engagements = await session.Query<Engagement>().Where(e => e.OrganisationId == from).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in applications)
        {
            session.Events.Append(id, new ApplicationMovedToOrganisation(id, from, to, merged.MergedAt));
        }
        foreach (var id in engagements)
        {
            session.Events.Append(id, new EngagementMovedToOrganisation(id, from, to, merged.MergedAt));
        }
    }
}
