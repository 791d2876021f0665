using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// Staff or either side propose an introduction. At most one open introduction per SME–startup pair, also
/// under simultaneous requests (see <see cref="IntroductionPairOpened"/>); <c>Idempotency-Key</c> determines the id.
/// </summary>
internal static class ProposeIntroductionEndpoint
{
    public static async Task<IResult> Handle(
        ProposeIntroduction body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, IDocumentSession session, IDocumentStore store,
        TimeProvider clock, CancellationToken ct)
    {
        // Either side may ask for an introduction, and staff; nobody on behalf of strangers.
        if (!(body.SmeId is { } asker && http.User.MaySee(asker)) && !(body.StartupId is { } other && http.User.MaySee(other)))
        {
            return Results.NotFound();
        }
        // An erased side is gone for good, also for a retry of a proposal made before.
        foreach (var side in new[] { body.SmeId, body.StartupId }.OfType<Guid>())
        {
            if (await NetworkErasure.IsErasedAsync(session, side, ct))
            {
                return NetworkErasure.Gone(side);
            }
        }
        // A retry with the same key finds the introduction its first attempt created and answers the same.
        var id = idempotencyKey is { Length: > 0 } key ? KeyedId(key) : Ids.New(clock);
        if (await session.LoadAsync<Introduction>(id, ct) is { } earlier)
        {
            return await RepeatedAsync(earlier, body, http.User, session, ct);
        }
        var sme = body.SmeId is { } smeId ? await session.LoadAsync<SmeProfile>(smeId, ct) : null;
        var startup = body.StartupId is { } startupId ? await session.LoadAsync<StartupProfile>(startupId, ct) : null;
        var problems = new FieldProblems()
            .When(sme is null, "smeId", "Dieses KMU-Profil gibt es nicht.", "No SME profile with this id.")
            .When(startup is null, "startupId", "Dieses Startup-Profil gibt es nicht.", "No startup profile with this id.");
        if (sme is null || startup is null)
        {
            return problems.ToResult();
        }
        if (!sme.OptedIn || !startup.OptedIn)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "One side has paused matching.");
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
        var topics = TopicMask.TopicsOf(TopicMask.Of(sme.Details.ChallengeTopics) & TopicMask.Of(startup.Details.SolutionTopics)).Select(t => t.Key).ToList();
        session.Events.StartStream<Introduction>(id, IntroductionDecisions.Propose(id, sme.Id, startup.Id, topics, now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            // Either the same key raced itself (its winner's introduction is the answer) or another proposal
            // for this pair won.
            await using var fresh = store.QuerySession();
            return await fresh.LoadAsync<Introduction>(id, ct) is { } winner ? await RepeatedAsync(winner, body, http.User, fresh, ct) : AlreadyOpen();
        }
        return await AnswerAsync((await session.LoadAsync<Introduction>(id, ct))!, http.User, session, ct);
    }

    /// <summary>
    /// The introduction as the caller may see it now, computed afresh on every answer (a replay too): staff the whole
    /// record, a side its own view (the other side's contact only once both accepted, never the other side's decline
    /// or outcome reason). A replay by another account, or after the introduction moved on, shows no more than a GET.
    /// </summary>
    private static async Task<IResult> AnswerAsync(Introduction introduction, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var location = $"/api/networking/introductions/{introduction.Id}";
        if (user.IsStaff())
        {
            return Results.Created(location, introduction);
        }
        return user.OrganisationId() is { } own && introduction.IsParty(own)
            ? Results.Created(location, await IntroductionEndpoints.ViewAsync(introduction, own, session, ct))
            : Results.NotFound();
    }

    private static IResult AlreadyOpen() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "These two already have an open introduction.");

    private static async Task<IResult> RepeatedAsync(Introduction earlier, ProposeIntroduction body, ClaimsPrincipal user, IQuerySession session, CancellationToken ct) =>
        earlier.SmeId == body.SmeId && earlier.StartupId == body.StartupId
            ? await AnswerAsync(earlier, user, session, ct)
            : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "This Idempotency-Key was used for another introduction.");

    private static Guid KeyedId(string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("networking/introductions/" + key)).AsSpan(0, 16));
}
