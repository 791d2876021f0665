using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Marten.Exceptions;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// Staff or either side propose an introduction, for the API (<see cref="ProposeIntroductionEndpoint"/>) and the
/// pages. At most one open introduction per SME–startup pair, also under simultaneous requests (see
/// <see cref="IntroductionPairOpened"/>); an idempotency key determines the id.
/// </summary>
internal static class ProposeIntroductionHandler
{
    /// <summary>The code of the refusal for a key used before for another pair.</summary>
    public const string KeyReused = "networking.idempotency-key-reused";

    /// <summary>Proposes the introduction, or finds the one an earlier attempt with the same key created.</summary>
    public static async Task<Result<Introduction>> ProposeAsync(
        ProposeIntroduction body, string? idempotencyKey, ClaimsPrincipal user, IDocumentSession session, IDocumentStore store, TimeProvider clock,
        CancellationToken ct)
    {
        // Either side may ask for an introduction, and staff; nobody on behalf of strangers.
        if (!(body.SmeId is { } asker && user.MaySee(asker)) && !(body.StartupId is { } other && user.MaySee(other)))
        {
            return Refusal.NotFound("networking.introduction-not-found");
        }
        // An erased side is gone for good, also for a retry of a proposal made before.
        foreach (var side in new[] { body.SmeId, body.StartupId }.OfType<Guid>())
        {
            if (await NetworkErasure.IsErasedAsync(session, side, ct))
            {
                return NetworkErasure.Refused(side);
            }
        }
        // A retry with the same key finds the introduction its first attempt created and answers the same.
        var id = idempotencyKey is { Length: > 0 } key ? KeyedId(key) : Ids.New(clock);
        if (await session.LoadAsync<Introduction>(id, ct) is { } earlier)
        {
            return Repeated(earlier, body);
        }
        var sme = body.SmeId is { } smeId ? await session.LoadAsync<SmeProfile>(smeId, ct) : null;
        var startup = body.StartupId is { } startupId ? await session.LoadAsync<StartupProfile>(startupId, ct) : null;
        if (sme is null || startup is null)
        {
            var errors = new List<FieldError>();
            if (sme is null)
            {
                errors.Add(new FieldError("smeId", "networking.sme-unknown"));
            }
            if (startup is null)
            {
                errors.Add(new FieldError("startupId", "networking.startup-unknown"));
            }
            return Refusal.Invalid(errors);
        }
        if (!sme.OptedIn || !startup.OptedIn)
        {
            return Refusal.Conflict("networking.matching-paused");
        }
        // The pair's stream serialises proposals for the same pair. Its version is read before the check for an
        // open introduction, so a proposal committed after that check makes this save fail.
        var pairId = IntroductionPairs.StreamOf(sme.Id, startup.Id);
        var pair = await session.Events.FetchForWriting<IntroductionPair>(pairId, ct);
        var open = await session.Query<Introduction>()
            .Where(i => i.SmeId == sme.Id && i.StartupId == startup.Id && i.DeclinedBy == null && !i.Withdrawn)
            .AnyAsync(ct);
        if (open)
        {
            return AlreadyOpen();
        }
        var now = clock.GetUtcNow();
        pair.AppendOne(new IntroductionPairOpened(pairId, sme.Id, startup.Id, id, now));
        var topics = TopicMask.TopicsOf(TopicMask.Of(sme.Details.ChallengeTopics) & TopicMask.Of(startup.Details.SolutionTopics))
            .Select(t => t.Key).ToList();
        session.Events.StartStream<Introduction>(id, IntroductionDecider.Propose(id, sme.Id, startup.Id, topics, now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            // Either the same key raced itself (its winner's introduction is the answer) or another proposal
            // for this pair won.
            await using var fresh = store.QuerySession();
            return await fresh.LoadAsync<Introduction>(id, ct) is { } winner ? Repeated(winner, body) : AlreadyOpen();
        }
        return (await session.LoadAsync<Introduction>(id, ct))!;
    }

    private static Refusal AlreadyOpen() => Refusal.Conflict("networking.introduction-open");

    private static Result<Introduction> Repeated(Introduction earlier, ProposeIntroduction body) =>
        earlier.SmeId == body.SmeId && earlier.StartupId == body.StartupId ? earlier : Refusal.Conflict(KeyReused);

    private static Guid KeyedId(string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("networking/introductions/" + key)).AsSpan(0, 16));
}
