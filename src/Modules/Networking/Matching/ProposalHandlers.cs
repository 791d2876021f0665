using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>Proposals for an SME and their curation by staff, for the API (<see cref="ProposalEndpoints"/>) and the pages.</summary>
internal static class ProposalHandlers
{
    public const int MaxTop = 50;

    /// <summary>The SME's best proposals (none while it paused matching).</summary>
    public static async Task<Result<IReadOnlyList<ProposalView>>> ForSmeAsync(Guid organisationId, int? top, IQuerySession session,
        CancellationToken ct)
    {
        if (BadTop(top) is { } bad)
        {
            return bad;
        }
        if (await session.LoadAsync<SmeProfile>(organisationId, ct) is not { } sme)
        {
            return Refusal.NotFound("networking.profile-not-found");
        }
        if (!sme.OptedIn)
        {
            return Result.Success<IReadOnlyList<ProposalView>>([]);
        }
        var startups = await session.Query<StartupProfile>().Where(s => s.OptedIn).ToListAsync(ct);
        return Result.Success<IReadOnlyList<ProposalView>>(Proposals.ForSme(sme, startups, top ?? 10));
    }

    /// <summary>The startup's best proposals (none while it paused matching).</summary>
    public static async Task<Result<IReadOnlyList<SmeProposalView>>> ForStartupAsync(Guid organisationId, int? top, IQuerySession session,
        CancellationToken ct)
    {
        if (BadTop(top) is { } bad)
        {
            return bad;
        }
        if (await session.LoadAsync<StartupProfile>(organisationId, ct) is not { } startup)
        {
            return Refusal.NotFound("networking.profile-not-found");
        }
        if (!startup.OptedIn)
        {
            return Result.Success<IReadOnlyList<SmeProposalView>>([]);
        }
        var smes = await session.Query<SmeProfile>().Where(s => s.OptedIn).ToListAsync(ct);
        return Result.Success<IReadOnlyList<SmeProposalView>>(Proposals.ForStartup(startup, smes, top ?? 10));
    }

    /// <summary>Pins or hides (<paramref name="curated"/>) a startup for an SME; null when done.</summary>
    public static async Task<Refusal?> CurateAsync(Guid organisationId, Guid startupId, IDocumentSession session, object curated,
        CancellationToken ct)
    {
        if (await session.LoadAsync<SmeProfile>(organisationId, ct) is null || await session.LoadAsync<StartupProfile>(startupId, ct) is null)
        {
            return Refusal.NotFound("networking.profile-not-found");
        }
        // Pinning or unpinning holds whatever else the profile saw meanwhile, so a concurrent write is retried.
        return await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(ProfileStreams.Sme(organisationId), curated);
            await session.SaveChangesAsync(token);
            return (Refusal?)null;
        }, ct);
    }

    private static Refusal? BadTop(int? top) =>
        top is < 1 or > MaxTop ? Refusal.Invalid("top", "networking.top-out-of-range", TextArgs.Of(("max", MaxTop))) : null;
}
