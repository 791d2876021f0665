using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// The staff session page's move and cancel forms: the same handler as the API (<see cref="SessionLifecycle"/>). A refused
/// form is shown again with what was typed and the reason next to its field; the version travels in a hidden field, so a
/// change made meanwhile is refused instead of overwritten.
/// </summary>
internal static class SessionLifecyclePages
{
    public const string Version = "version";
    public const string Confirm = "confirm";

    public static void MapSessionLifecyclePages(this IEndpointRouteBuilder pages)
    {
        pages.MapPost(OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}/verschieben",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, [AsParameters] StaffSessionChanges.Context context,
                        IQuerySession query, [FromServices] IEnumerable<OfferingTypeDefinition> types, CancellationToken ct) =>
                    MoveAsync(id, sessionId, form, http, new Page(context, query, types), ct))
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}/absagen",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, [AsParameters] StaffSessionChanges.Context context,
                        IQuerySession query, [FromServices] IEnumerable<OfferingTypeDefinition> types, CancellationToken ct) =>
                    CancelAsync(id, sessionId, form, http, new Page(context, query, types), ct))
            .RequireAuthorization(Policies.OfferingManager);
    }

    private static async Task<IResult> MoveAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, Page page,
        CancellationToken ct)
    {
        var (texts, state) = (Texts(http), FormState.From(form));
        var input = FormBinder.Bind<MoveSessionInput>(state, texts);
        var refused = input is null ? null
            : (await SessionLifecycle.MoveAsync(sessionId, input, ReadVersion(state), http.User, page.Context, ct)).Refusal;
        return input is not null && refused is null
            ? UiPages.Done(http, SessionPages.Of(id, sessionId), texts.Get("catalog.sessions.moved"))
            : await RefusedAsync(id, sessionId, http, page.Shown, new SessionForms(Move: state), state, refused, ct);
    }

    private static async Task<IResult> CancelAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, Page page,
        CancellationToken ct)
    {
        var (texts, state) = (Texts(http), FormState.From(form));
        // The box the person ticks to confirm; the page asks for it, the API does not. Both missing inputs are named at once.
        var input = FormBinder.Bind<CancelSessionInput>(state, texts);
        if (input is null || state.Value(Confirm) is null)
        {
            if (state.Value(Confirm) is null)
            {
                state.AddError(Confirm, texts.Get("catalog.sessions.cancel-session-confirm-required"));
            }
            if (string.IsNullOrWhiteSpace(input?.Reason))
            {
                state.AddError("reason", texts.Get("catalog.session-cancel-reason-required"));
            }
            return await RefusedAsync(id, sessionId, http, page.Shown, new SessionForms(Cancel: state), state, null, ct);
        }
        var refused = (await SessionLifecycle.CancelAsync(sessionId, input, ReadVersion(state), http.User, page.Context, ct)).Refusal;
        return refused is null
            ? UiPages.Done(http, SessionPages.Of(id, sessionId), texts.Get("catalog.sessions.session-cancelled"))
            : await RefusedAsync(id, sessionId, http, page.Shown, new SessionForms(Cancel: state), state, refused, ct);
    }

    /// <summary>Shows the session's page again with the refused form (what was typed, the reasons) and the refusal's status.</summary>
    internal static async Task<IResult> RefusedAsync(Guid id, Guid sessionId, HttpContext http, SessionPages.Shown page, SessionForms forms,
        FormState state, Refusal? refused, CancellationToken ct)
    {
        var texts = Texts(http);
        if (refused is { Kind: RefusalKind.NotFound })
        {
            return Results.NotFound();
        }
        if (refused is { Kind: RefusalKind.Stale })
        {
            state.Summary = texts.Get("catalog.sessions.changed-meanwhile");
        }
        else if (refused is not null)
        {
            state.Absorb(refused, texts);
        }
        state.Summary ??= texts.Get("catalog.sessions.check-details");
        var status = refused is null ? StatusCodes.Status400BadRequest : RefusalResults.StatusOf(refused.Kind);
        return await SessionPages.RenderAsync(id, sessionId, http, page.Types, page.Query, page.Clock, forms, status, ct);
    }

    // The version the form was shown with; a form without one (or with something else) names none.
    private static long? ReadVersion(FormState state) => long.TryParse(state.Value(Version), out var version) ? version : null;

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();

    /// <summary>What the forms need from the container.</summary>
    private sealed record Page(StaffSessionChanges.Context Context, IQuerySession Query, IEnumerable<OfferingTypeDefinition> Types)
    {
        public SessionPages.Shown Shown => new(Query, Context.Clock, Types);
    }
}
