using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Merges;

/// <summary>
/// When staff merge two organisations, in the merge's transaction: the survivor keeps its own SME or startup profile; where it
/// has none, it takes the duplicate's (details, curation, paused or not) as new events on its profile stream. The duplicate's
/// profiles are deleted (<see cref="NetworkOrganisationMerged"/>), so it is never proposed or matched again. Its introductions
/// move to the survivor (<see cref="IntroductionPartyMoved"/>, on each introduction's stream), and SMEs that pinned or hid the
/// duplicate as a startup now pin or hide the survivor. Matchmaking attendances follow in their projection.
/// </summary>
internal sealed class NetworkingMerge : IOrganisationMergeParticipant
{
    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (from, to, at) = (merged.DuplicateId, merged.SurvivorId, merged.MergedAt);
        var smes = await session.LoadManyAsync<SmeProfile>(cancellationToken, from, to);
        if (smes.FirstOrDefault(p => p.Id == from) is { } sme && smes.All(p => p.Id != to))
        {
            session.Events.Append(ProfileStreams.Sme(to), [
                new SmeProfileCreated(to, sme.Details, at),
                .. sme.Pinned.Select(s => new ProposalPinned(to, s, at)),
                .. sme.Hidden.Select(s => new ProposalHidden(to, s, at)),
                .. sme.OptedIn ? Array.Empty<object>() : [new SmeMatchingPaused(to, at)]]);
        }
        var startups = await session.LoadManyAsync<StartupProfile>(cancellationToken, from, to);
        if (startups.FirstOrDefault(p => p.Id == from) is { } startup && startups.All(p => p.Id != to))
        {
            session.Events.Append(ProfileStreams.Startup(to), [
                new StartupProfileCreated(to, startup.Details, at),
                .. startup.OptedIn ? Array.Empty<object>() : [new StartupMatchingPaused(to, at)]]);
        }
        session.Events.Append(NetworkMerges.StreamOf(from), new NetworkOrganisationMerged(from, to, at));
        var introductions = await session.Query<Introduction>().Where(i => i.SmeId == from || i.StartupId == from).Select(i => i.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in introductions)
        {
            session.Events.Append(id, new IntroductionPartyMoved(id, from, to, at));
        }
        var curated = await session.Query<SmeProfile>().Where(p => p.Pinned.Contains(from) || p.Hidden.Contains(from)).ToListAsync(cancellationToken);
        foreach (var profile in curated.Where(p => p.Id != from))
        {
            session.Events.Append(ProfileStreams.Sme(profile.Id),
                profile.Pinned.Contains(from) ? new ProposalPinned(profile.Id, to, at) : new ProposalHidden(profile.Id, to, at));
        }
    }
}
