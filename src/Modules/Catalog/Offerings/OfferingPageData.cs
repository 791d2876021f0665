using System.Security.Claims;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>What the offering's back-office page shows: the offering at its current version, its type, program and sessions.</summary>
internal sealed record OfferingPageData(
    CatalogEntry Entry,
    long Version,
    OfferingTypeDefinition? Type,
    ProgramSummary? Program,
    IReadOnlyList<SessionSeats> Sessions)
{
    /// <summary>The offering, or null when it does not exist or the user may not manage it (the page answers 404).</summary>
    public static async Task<OfferingPageData?> LoadAsync(
        Guid id, ClaimsPrincipal user, IQuerySession session, IEnumerable<OfferingTypeDefinition> types, CancellationToken ct)
    {
        if (await session.LoadAsync<CatalogEntry>(id, ct) is not { } entry || !await OfferingOwnership.MayManageAsync(session, user, id, ct))
        {
            return null;
        }
        var stream = await session.Events.FetchStreamStateAsync(id, ct);
        var program = await session.LoadAsync<ProgramSummary>(entry.ProgramId, ct);
        var sessions = await session.Query<SessionSeats>().Where(s => s.OfferingId == id).OrderBy(s => s.StartsAt).ToListAsync(ct);
        return new OfferingPageData(entry, stream?.Version ?? 1, types.FirstOrDefault(t => t.Key == entry.OfferingType), program, sessions);
    }
}
