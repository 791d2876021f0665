using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Progress;

internal sealed record ProgressReport(int? PositionSeconds, double? SharePlayed, bool? Completed);

/// <summary>Members' play progress (recorded as interactions, throttled: <see cref="ProgressHandler"/>) and resume; anonymous play
/// counting.</summary>
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

    // Accepted whether recorded or not: a throttled or repeated report is not an error for the player.
    private static async Task<IResult> Record(Guid itemId, ProgressReport body, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await ProgressHandler.RecordAsync(itemId, body, http.User.AccountId(), http.User.OrganisationId(),
            http.Request.Headers["Idempotency-Key"].ToString(),
            session, clock, ct)).ToHttpResult(recorded => Results.Accepted(value: recorded));

    private static async Task<IResult> Resume(Guid itemId, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (http.User.AccountId() is not { } accountId)
        {
            return Refusal.Forbidden("media.progress-signed-in").ToHttpResult();
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
