using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Peers;

/// <summary>The organisation's latest result beside the median of its peers.</summary>
internal static class PeerEndpoints
{
    public static void MapPeers(this IEndpointRouteBuilder api) =>
        api.MapGet("/{organisationId:guid}/maturity/peers", CompareAsync).RequireOrganisationAccess().WithName("CompareMaturityWithPeers");

    private static async Task<IResult> CompareAsync(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        var own = (await session.LoadAsync<MaturityHistory>(organisationId, ct))?.Latest;
        if (organisation is not { Erased: false } || own is null)
        {
            return Results.NotFound();
        }
        var candidates = await session.Query<Organisation>()
            .Where(o => o.Industry == organisation.Industry && o.SizeClass == organisation.SizeClass && o.Id != organisationId && !o.Erased)
            .Select(o => o.Id)
            .ToListAsync(ct);
        // Only organisations with a completed participation are peers (see ConfirmedParticipant).
        var peerIds = candidates.Count == 0
            ? []
            : (await session.LoadManyAsync<ConfirmedParticipant>(ct, candidates.ToArray())).Select(p => p.Id).ToArray();
        var histories = peerIds.Length == 0 ? [] : await session.LoadManyAsync<MaturityHistory>(ct, peerIds);
        var peers = histories.Select(h => PeerComparison.LatestOfVersion(h, own.QuestionSetVersion)).OfType<MaturityRound>().ToList();
        var result = PeerComparison.Compare(own, peers);
        return Results.Ok(new
        {
            industry = organisation.Industry,
            sizeClass = organisation.SizeClass,
            own = MaturityView.Round(result.Own),
            peers = result.Peers,
            hiddenBecause = result.HiddenBecause,
        });
    }
}
