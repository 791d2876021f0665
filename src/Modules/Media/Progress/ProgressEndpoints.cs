using JasperFx;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Progress;

internal sealed record ProgressReport(int? PositionSeconds, double? SharePlayed, bool? Completed);

/// <summary>Members' play progress (recorded as interactions, throttled) and resume; anonymous play counting.</summary>
internal static class ProgressEndpoints
{
    public static void MapProgress(this IEndpointRouteBuilder api)
    {
        api.MapPost("/progress/{itemId:guid}", Record).RequireAuthorization(Policies.OrganisationMember).WithName("RecordMediaProgress");
        api.MapGet("/progress/{itemId:guid}", Resume).RequireAuthorization(Policies.OrganisationMember).WithName("GetMediaProgress");
        api.MapPost("/plays/{itemId:guid}", CountAnonymousPlay).AllowAnonymous().WithName("CountAnonymousPlay");
        api.MapGet("/plays/{itemId:guid}", async (Guid itemId, IQuerySession session, CancellationToken ct) =>
            Results.Ok(new { itemId, count = (await session.LoadAsync<PlayCount>(itemId, ct))?.Count ?? 0 }))
            .RequireAuthorization(Policies.Staff).WithName("GetAnonymousPlayCount");
    }

    private static async Task<IResult> Record(Guid itemId, ProgressReport body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.PositionSeconds is null or < 0, "positionSeconds", "Die Position in Sekunden ist null oder mehr.", "The position in seconds must be zero or more.")
            .When(body.SharePlayed is null or < 0 or > 1, "sharePlayed", "Der gehörte Anteil ist eine Zahl von 0 bis 1.", "The share played is a number from 0 to 1.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        if (http.User.AccountId() is not { } accountId || http.User.OrganisationId() is not { } organisationId)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Progress is kept for members of an organisation.");
        }
        if (await PlayableItems.FindAsync(session, itemId, ct) is not { } item)
        {
            return Results.NotFound();
        }
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var command = new RecordProgress(accountId, organisationId, body.PositionSeconds!.Value, body.SharePlayed!.Value,
            body.Completed ?? false, string.IsNullOrWhiteSpace(key) ? null : key);
        // Optimistic: a concurrent report of the same member makes this save fail instead of doubling the event.
        var stream = await session.Events.FetchForWriting<PlaybackProgress>(ProgressStreams.Of(accountId, itemId), ct);
        var events = ProgressRules.Record(stream.Aggregate, item, command, clock.GetUtcNow());
        var recorded = false;
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            recorded = await TrySaveAsync(session, ct);
        }
        // Accepted either way: a throttled or repeated report is not an error for the player.
        return Results.Accepted(value: new { itemId, command.PositionSeconds, recorded });
    }

    // Two reports of the same member at once: the first wins, the second counts as throttled.
    private static async Task<bool> TrySaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return false;
        }
    }

    private static async Task<IResult> Resume(Guid itemId, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (http.User.AccountId() is not { } accountId)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Progress is kept for signed-in members.");
        }
        var progress = await session.LoadAsync<PlaybackProgress>(ProgressStreams.Of(accountId, itemId), ct);
        return Results.Ok(new
        {
            itemId,
            positionSeconds = progress?.PositionSeconds ?? 0,
            sharePlayed = progress?.SharePlayed ?? 0,
            completed = progress?.Completed ?? false,
        });
    }

    private static async Task<IResult> CountAnonymousPlay(Guid itemId, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await PlayableItems.FindAsync(session, itemId, ct) is null)
        {
            return Results.NotFound();
        }
        // A counter: every play counts, so a concurrent play of the same item is retried, never lost or a 500.
        return await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(Ids.Derived("media-anonymous-plays", itemId), new AnonymousPlayCounted(itemId, clock.GetUtcNow()));
            await session.SaveChangesAsync(token);
            return Results.Accepted();
        }, ct);
    }
}
