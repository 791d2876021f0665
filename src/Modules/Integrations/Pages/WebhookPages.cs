using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Integrations.Delivery;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Integrations.Pages;

/// <summary>The list page: receivers, the registration form, and (once, right after registering) the new secret.</summary>
internal sealed record WebhookListView(IReadOnlyList<WebhookSubscriptionView> Subscriptions, FormState Form, WebhookSubscription? Created);

/// <summary>A receiver's page: its settings and the attempt log of its newest deliveries.</summary>
internal sealed record WebhookLogView(WebhookSubscriptionView Subscription, IReadOnlyList<WebhookDelivery> Deliveries);

/// <summary>Staff pages of webhooks, adapters over <see cref="WebhookHandlers"/>; plain forms, no script needed.</summary>
internal static class WebhookPages
{
    public const string Path = "/backoffice/webhooks";

    public static void MapWebhookPages(this IEndpointRouteBuilder pages)
    {
        var staff = pages.MapGroup(Path).RequireAuthorization(Policies.Staff);
        staff.MapGet("", async (IQuerySession session, CancellationToken ct) =>
            UiPages.Render<WebhookListPage>(new { Model = await ListAsync(session, FormState.Empty(), null, ct) }));
        staff.MapPost("", RegisterAsync);
        staff.MapGet("/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<WebhookSubscription>(id, ct) is { } s
                ? UiPages.Render<WebhookLogPage>(
                    new { Model = new WebhookLogView(s.ToView(), await WebhookHandlers.DeliveriesAsync(id, session, 50, ct)) })
                : Results.NotFound());
        staff.MapPost("/{id:guid}/aktivieren",
            (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
                SwitchAsync(id, true, http, session, clock, texts, ct));
        staff.MapPost("/{id:guid}/deaktivieren",
            (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
                SwitchAsync(id, false, http, session, clock, texts, ct));
        staff.MapPost("/{id:guid}/loeschen", async (Guid id, HttpContext http, IDocumentSession session, ITexts texts, CancellationToken ct) =>
            await WebhookHandlers.DeleteAsync(id, session, ct)
                ? UiPages.Done(http, Path, texts.Get("integrations.page.deleted"))
                : UiPages.Failed(http, Path, texts.Get(WebhookHandlers.NotFound)));
    }

    private static async Task<WebhookListView> ListAsync(IQuerySession session, FormState form, WebhookSubscription? created, CancellationToken ct) =>
        new(await WebhookHandlers.ListAsync(session, ct), form, created);

    /// <summary>Registers from the form; answers the list with the secret (201), or with the form and its field errors (400).</summary>
    private static async Task<IResult> RegisterAsync(
        IFormCollection form, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var body = new RegisterWebhook(form["url"], form["eventTypes"].OfType<string>().ToList());
        var result = await WebhookHandlers.RegisterAsync(body, session, clock, ct);
        foreach (var error in result.Refusal?.Fields ?? [])
        {
            state.AddError(error.Field, texts.Get(error.Code, error.Args));
        }
        var view = result.Succeeded ? await ListAsync(session, FormState.Empty(), result.Value, ct) : await ListAsync(session, state, null, ct);
        var status = result.Succeeded ? StatusCodes.Status201Created : StatusCodes.Status400BadRequest;
        return UiPages.Render<WebhookListPage>(new { Model = view }, status);
    }

    private static async Task<IResult> SwitchAsync(
        Guid id, bool enabled, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var result = await WebhookHandlers.SetEnabledAsync(id, enabled, session, clock, ct);
        return result.Refusal is { } refusal
            ? UiPages.Failed(http, Path, texts.Reason(refusal))
            : UiPages.Done(http, $"{Path}/{id}", texts.Get(enabled ? "integrations.page.enabled-now" : "integrations.page.disabled-now"));
    }
}
