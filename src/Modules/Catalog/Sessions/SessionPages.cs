using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A session's page: the session, its offering, and the offering's type when it is still registered.</summary>
internal sealed record SessionPageModel(SessionState Session, CatalogEntry Offering, OfferingTypeDefinition? Type);

/// <summary>The forms of a session's page, as posted when a change was refused.</summary>
internal sealed record SessionForms(FormState? Move = null, FormState? Cancel = null, FormState? Phone = null, FormState? Decisions = null,
    FormState? Message = null);

/// <summary>Sessions with their offerings by id, for the bookings list.</summary>
internal sealed record SessionListModel(IReadOnlyList<SessionSeats> Sessions, IReadOnlyDictionary<Guid, CatalogEntry> Offerings);

/// <summary>
/// The back office's session pages: schedule a session of an offering, the list of sessions with their bookings,
/// and one session's bookings and waitlist with the staff actions (cancel, offer seats to the next in line).
/// </summary>
internal static class SessionPages
{
    public const string Bookings = "/backoffice/buchungen";

    /// <summary>What showing a session's page again (after a refused form) needs from the container.</summary>
    internal sealed record Shown(IQuerySession Query, TimeProvider Clock, [FromServices] IEnumerable<OfferingTypeDefinition> Types);

    public static string Schedule(Guid offeringId) => $"{OfferingPages.Of(offeringId)}/termine";

    public static string Of(Guid offeringId, Guid sessionId) => $"{Schedule(offeringId)}/{sessionId}";

    public static void MapSessionPages(this IEndpointRouteBuilder pages)
    {
        pages.MapPost(OfferingPages.List + "/{id:guid}/termine", ScheduleAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapGet(Bookings, SessionListAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapGet(OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}", ShowAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapSessionLifecyclePages();
        pages.MapStaffOperationPages();
        pages.MapPost(OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}/nachruecken",
                async (Guid id, Guid sessionId, IFormCollection form, HttpContext http, [AsParameters] StaffSessionChanges.Context context,
                        CancellationToken ct) =>
                    Outcome(http, id, sessionId, await StaffSessionChanges.OfferSeatsAsync(sessionId, http.User, context, ct),
                        Texts(http).Get("catalog.sessions.seats-offered")))
            .RequireAuthorization(Policies.OfferingManager);
        // Cancelling another organisation's booking is for center staff, as on the API (partner staff cannot).
        pages.MapPost(OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}/buchungen/{bookingId:guid}/absagen",
                async (Guid id, Guid sessionId, Guid bookingId, IFormCollection form, HttpContext http,
                        [AsParameters] StaffSessionChanges.Context context, CancellationToken ct) =>
                    Outcome(http, id, sessionId, await StaffSessionChanges.CancelAsync(sessionId, bookingId, http.User, context, ct),
                        Texts(http).Get("catalog.sessions.booking-cancelled")))
            .RequireAuthorization(Policies.Staff);
    }

    /// <summary>Redirects back to the session with the outcome as a flash message.</summary>
    public static IResult Outcome(HttpContext http, Guid offeringId, Guid sessionId, Refusal? refused, string done) => refused switch
    {
        null => UiPages.Done(http, Of(offeringId, sessionId), done),
        { Kind: RefusalKind.NotFound } => Results.NotFound(),
        _ => UiPages.Failed(http, Of(offeringId, sessionId),
            Texts(http).Get("catalog.sessions.failed", TextArgs.Of(("reason", Reason(http, refused))))),
    };

    // A refused field names its own reason ("How many of the 3 attendees came?"), more helpful than "check the fields".
    private static string Reason(HttpContext http, Refusal refused)
    {
        var texts = Texts(http);
        return refused.Fields is [var first, ..] ? texts.Get(first.Code, first.Args) : texts.Reason(refused);
    }

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();

    private static async Task<IResult> ScheduleAsync(
        Guid id,
        IFormCollection form,
        HttpContext http,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        var texts = Texts(http);
        var state = FormState.From(form);
        var input = FormBinder.Bind<ScheduleSessionInput>(state, texts);
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            var result = await ScheduleSession.ScheduleAsync(id, input, types, http.User, session, clock, ct);
            switch (result.Refusal)
            {
                case null:
                    return UiPages.Done(http, OfferingPages.Of(id), texts.Get("catalog.sessions.scheduled"));
                case { Kind: RefusalKind.NotFound }:
                    return Results.NotFound();
                case { } refused:
                    status = RefusalResults.StatusOf(refused.Kind);
                    state.Absorb(refused, texts);
                    break;
            }
        }
        state.Summary ??= texts.Get("catalog.sessions.check-details");
        if (await OfferingPageData.LoadAsync(id, http.User, session, types, ct) is not { } data)
        {
            return Results.NotFound();
        }
        return UiPages.Render<OfferingEditorPage>(
            new { Model = data, State = OfferingForm.From(data.Entry, data.Version), SessionForm = state }, status);
    }

    private static Task<IResult> ShowAsync(
        Guid id,
        Guid sessionId,
        HttpContext http,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        IQuerySession session,
        TimeProvider clock,
        CancellationToken ct) =>
        RenderAsync(id, sessionId, http, types, session, clock, null, StatusCodes.Status200OK, ct);

    /// <summary>
    /// Shows the session's page; <paramref name="forms"/> carries a refused move or cancel form back (what was typed, the
    /// errors) with the refusal's status.
    /// </summary>
    public static async Task<IResult> RenderAsync(
        Guid id,
        Guid sessionId,
        HttpContext http,
        IEnumerable<OfferingTypeDefinition> types,
        IQuerySession session,
        TimeProvider clock,
        SessionForms? forms,
        int status,
        CancellationToken ct)
    {
        if (await SessionStates.LoadAsync(session, sessionId, ct) is not { } state || state.OfferingId != id
            || !await OfferingOwnership.MayManageAsync(session, http.User, id, ct)
            || await session.LoadAsync<CatalogEntry>(id, ct) is not { } offering)
        {
            return Results.NotFound();
        }
        var attendees = (await session.LoadManyAsync<BookingAttendees>(ct, state.Bookings.Select(b => b.BookingId)))
            .ToDictionary(a => a.Id, a => a.Names);
        var directory = http.RequestServices.GetService<IOrganisationNames>();
        var names = directory is null
            ? new Dictionary<Guid, string>()
            : await directory.NamesAsync([.. state.Bookings.Select(b => b.OrganisationId).Distinct()], ct);
        // The phone booking form's search text (after a search, or a refused booking): the organisations to choose from.
        var search = forms?.Phone?.Value("organisation")?.Trim();
        var matches = directory is null || string.IsNullOrEmpty(search) || search.Length > PhoneSearch.MaxLength
            ? null
            : await directory.SearchAsync(search, PhoneSearch.Limit, ct);
        return UiPages.Render<SessionPage>(new
        {
            Model = new SessionPageModel(state, offering, types.FirstOrDefault(t => t.Key == offering.OfferingType)),
            Attendees = attendees,
            Organisations = names,
            Now = clock.GetUtcNow(),
            CanCancel = http.User.IsStaff(),
            MoveForm = forms?.Move ?? FormState.Empty(),
            CancelForm = forms?.Cancel ?? FormState.Empty(),
            PhoneForm = forms?.Phone ?? FormState.Empty(),
            Matches = matches,
            DecisionsForm = forms?.Decisions ?? FormState.Empty(),
            MessageForm = forms?.Message ?? FormState.Empty(),
        }, status);
    }

    private static async Task<IResult> SessionListAsync(bool? past, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var offerings = (await OfferingPages.ManagedAsync(http.User, session, ct)).ToDictionary(e => e.Id);
        var now = clock.GetUtcNow();
        var since = past == true ? now.AddDays(-90) : now.AddDays(-1);
        var sessions = (await session.Query<SessionSeats>().Where(s => s.EndsAt >= since).OrderBy(s => s.StartsAt).Take(500).ToListAsync(ct))
            .Where(s => offerings.ContainsKey(s.OfferingId)).ToList();
        return UiPages.Render<SessionListPage>(new { Model = new SessionListModel(sessions, offerings), Past = past == true });
    }
}
