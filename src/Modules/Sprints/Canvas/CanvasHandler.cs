using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>
/// Saves a canvas based on the version the caller read (the API's If-Match, the page's hidden field): check the
/// blocks, load the sprint and the canvas's version → <see cref="CanvasDecider"/> → append; the canvas as saved.
/// </summary>
internal static class CanvasHandler
{
    public static async Task<Result<BusinessCanvas>> SaveAsync(
        Guid engagementId, string kind, CanvasInput input, long? expected, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind))
        {
            return Refusal.NotFound("sprints.canvas-not-found");
        }
        if (CanvasBlocks.Check(input.Blocks) is { Count: > 0 } problems)
        {
            return Refusal.Invalid(problems);
        }
        if (await EngagementCommands.FindAsync(session, http, engagementId, ct) is not { } engagement)
        {
            return Refusal.NotFound("sprints.engagement-not-found");
        }
        var id = CanvasKinds.StreamId(engagementId, kind);
        var saved = new CanvasSaved(id, engagementId, kind, CanvasBlocks.Trimmed(input.Blocks!), http.User.AccountId(), clock.GetUtcNow());
        try
        {
            var current = (await session.Events.FetchStreamStateAsync(id, ct))?.Version;
            var decision = CanvasDecider.Save(new CanvasSaveState(engagement.Finished, current), expected, saved);
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            if (current is null)
            {
                session.Events.StartStream<BusinessCanvas>(id, decision.Events[0]);
            }
            else
            {
                var stream = await session.Events.FetchForWriting<BusinessCanvas>(id, expected!.Value, ct);
                stream.AppendMany(decision.Events);
            }
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return CanvasDecider.StaleAt((await session.Events.FetchStreamStateAsync(id, ct))?.Version);
        }
        return (await session.LoadAsync<BusinessCanvas>(id, ct))!;
    }
}
