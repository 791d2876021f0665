using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// The steps of an introduction after its proposal, for the API (<see cref="IntroductionEndpoints"/>) and the pages:
/// load with optimistic concurrency → a pure <see cref="IntroductionDecider"/> step → append.
/// </summary>
internal static class IntroductionHandlers
{
    /// <summary>Decides on the introduction as <paramref name="side"/> (null: staff) and answers its new state.</summary>
    public static async Task<Result<Introduction>> DecideAsync(Guid id, Guid? side, IDocumentSession session, Func<Introduction, Decision> decide,
        CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Introduction>(id, ct);
        if (stream.Aggregate is not { } state || (side is { } s && !state.IsParty(s)))
        {
            return Refusal.NotFound("networking.introduction-not-found");
        }
        var decision = decide(state);
        if (decision.Refused is { } refusal)
        {
            return refusal;
        }
        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (ConcurrencyException)
            {
                return Refusal.Conflict("networking.introduction-changed");
            }
        }
        return (await session.LoadAsync<Introduction>(id, ct))!;
    }

    /// <summary>The organisation's introductions, newest first, each as that side sees it.</summary>
    public static async Task<IReadOnlyList<IntroductionView>> ListAsync(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var own = await session.Query<Introduction>()
            .Where(i => i.SmeId == organisationId || i.StartupId == organisationId)
            .OrderByDescending(i => i.ProposedAt)
            .ToListAsync(ct);
        var views = new List<IntroductionView>(own.Count);
        foreach (var introduction in own)
        {
            views.Add(await ViewAsync(introduction, organisationId, session, ct));
        }
        return views;
    }

    /// <summary>The introduction as <paramref name="viewer"/> sees it: the other side's contact only once both accepted.</summary>
    public static async Task<IntroductionView> ViewAsync(Introduction introduction, Guid viewer, IQuerySession session, CancellationToken ct)
    {
        var other = introduction.OtherSide(viewer);
        var (name, contact) = other == introduction.StartupId
            ? await session.LoadAsync<StartupProfile>(other, ct) is { } startup ? (startup.Details.Name, startup.Details.Contact) : ("", null)
            : await session.LoadAsync<SmeProfile>(other, ct) is { } sme ? (sme.Details.Name, sme.Details.Contact) : ("", (ContactPerson?)null);
        return IntroductionView.For(introduction, viewer, name, contact);
    }
}
