using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary><c>/api/webhooks</c>: staff register, list, switch and delete receivers, and read each one's delivery log.</summary>
internal static class WebhookEndpoints
{
    public const string Root = "/api/webhooks";

    public static void MapWebhooks(this IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(Root).RequireAuthorization(Policies.Staff);
        api.MapPost("", async (RegisterWebhook? body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            (await WebhookHandlers.RegisterAsync(body ?? new RegisterWebhook(null, null), session, clock, ct)).ToHttpResult(s =>
                Results.Created($"{Root}/{s.Id}", new WebhookCreated(s.Id, s.Url, s.EventTypes, s.Enabled, s.CreatedAt, s.Secret))));
        api.MapGet("", async (IQuerySession session, CancellationToken ct) => Results.Ok(await WebhookHandlers.ListAsync(session, ct)));
        api.MapGet("/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<WebhookSubscription>(id, ct) is { } s ? Results.Ok(s.ToView()) : Results.NotFound());
        api.MapGet("/{id:guid}/deliveries", async (Guid id, IQuerySession session, CancellationToken ct) =>
            Results.Ok(await WebhookHandlers.DeliveriesAsync(id, session, 100, ct)));
        api.MapPost("/{id:guid}/enable", async (Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            (await WebhookHandlers.SetEnabledAsync(id, true, session, clock, ct)).ToHttpResult(s => Results.Ok(s.ToView())));
        api.MapPost("/{id:guid}/disable", async (Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            (await WebhookHandlers.SetEnabledAsync(id, false, session, clock, ct)).ToHttpResult(s => Results.Ok(s.ToView())));
        api.MapDelete("/{id:guid}", async (Guid id, IDocumentSession session, CancellationToken ct) =>
            await WebhookHandlers.DeleteAsync(id, session, ct) ? Results.NoContent() : Results.NotFound());
    }
}
