using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Notifications;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// The staff session page's operations, each the same handler as its API: a booking taken for an organisation
/// (<see cref="PhoneBookings"/>, the organisation found by name through <see cref="PhoneSearch"/>), pending requests approved or
/// rejected at once (<see cref="BookingDecisions"/>) and a mail to all attendees (<see cref="SessionMessages"/>). A refused form is
/// shown again with what was typed.
/// </summary>
internal static class StaffOperationPages
{
    private const string Session = OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}";

    public static void MapStaffOperationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapPost(Session + "/telefonbuchung",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, BookingDesk desk,
                        [AsParameters] SessionPages.Shown page, CancellationToken ct) => BookAsync(id, sessionId, form, http, desk, page, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Session + "/telefonbuchung/suche",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, [AsParameters] SessionPages.Shown page, CancellationToken ct) =>
                    SearchAsync(id, sessionId, form, http, page, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Session + "/entscheidungen",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps,
                        [AsParameters] SessionPages.Shown page, CancellationToken ct) => DecideAsync(id, sessionId, form, http, deps, page, ct))
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(Session + "/nachricht",
                (Guid id, Guid sessionId, IFormCollection form, HttpContext http, IMailSender mail, ITemplateRenderer templates,
                        [AsParameters] SessionPages.Shown page, CancellationToken ct) =>
                    MessageAsync(id, sessionId, form, http, mail, templates, page, ct))
            .RequireAuthorization(Policies.OfferingManager);
    }

    private static async Task<IResult> BookAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, BookingDesk desk,
        SessionPages.Shown page, CancellationToken ct)
    {
        var (texts, state) = (Texts(http), FormState.From(form));
        var (organisation, unclear) = PhoneSearch.Organisation(state, texts);
        if (unclear)
        {
            return await RefusedAsync(id, sessionId, http, page, new SessionForms(Phone: state), state, null, ct);
        }
        var request = new PhoneBookings.Request(organisation, [.. state.Lines("attendees").Select(name => new BookSession.Attendee(name))],
            string.IsNullOrWhiteSpace(state.Value("contactEmail")) ? null : state.Value("contactEmail")!.Trim(), state.Value("channel"));
        var result = (await PhoneBookings.BookAsync(sessionId, request, "", http.User, http.RequestServices, desk, ct)).Result;
        return result.Refusal is { } refused
            ? await RefusedAsync(id, sessionId, http, page, new SessionForms(Phone: state), state, PhoneSearch.ForPage(refused, state), ct)
            : UiPages.Done(http, SessionPages.Of(id, sessionId), texts.Get("catalog.staff-ops.booked", TextArgs.Of(
                ("status", ChannelTexts.Outcome(texts, result.Value.Status)))));
    }

    // Searching changes nothing: the page is shown again (200) with what was typed and the organisations found.
    private static async Task<IResult> SearchAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, SessionPages.Shown page,
        CancellationToken ct)
    {
        var state = FormState.From(form).With(PhoneSearch.Choice, (string?)null);
        return PhoneSearch.Searchable(state, Texts(http))
            ? await SessionPages.RenderAsync(id, sessionId, http, page.Types, page.Query, page.Clock, new SessionForms(Phone: state),
                StatusCodes.Status200OK, ct)
            : await RefusedAsync(id, sessionId, http, page, new SessionForms(Phone: state), state, null, ct);
    }

    private static async Task<IResult> DecideAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http,
        ChangeBooking.Dependencies deps, SessionPages.Shown page, CancellationToken ct)
    {
        var (texts, state) = (Texts(http), FormState.From(form));
        var ids = state.Values("bookingIds").Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        var request = new BookingDecisions.Request(state.Value("decision"), ids, state.Value("reason"));
        var result = await BookingDecisions.DecideAsync(sessionId, request, http.User, deps, texts, ct);
        if (result.Refusal is { } refused)
        {
            return await RefusedAsync(id, sessionId, http, page, new SessionForms(Decisions: state), state, refused, ct);
        }
        var answer = result.Value;
        var done = texts.Get("catalog.staff-ops.decided", TextArgs.Of(("approved", answer.Approved), ("rejected", answer.Rejected),
            ("refused", answer.Refused)));
        var reasons = answer.Bookings.Where(b => b.Reason is not null).Select(b => b.Reason).Distinct();
        return UiPages.Done(http, SessionPages.Of(id, sessionId), string.Join(" ", [done, .. reasons]));
    }

    private static async Task<IResult> MessageAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, IMailSender mail,
        ITemplateRenderer templates, SessionPages.Shown page, CancellationToken ct)
    {
        var (texts, state) = (Texts(http), FormState.From(form));
        var request = new SessionMessages.Request(state.Value("subject"), state.Value("body"));
        var result = await SessionMessages.SendAsync(sessionId, request, http.User, page.Query, mail, templates, ct);
        return result.Refusal is { } refused
            ? await RefusedAsync(id, sessionId, http, page, new SessionForms(Message: state), state, refused, ct)
            : UiPages.Done(http, SessionPages.Of(id, sessionId), texts.Get("catalog.staff-ops.sent", TextArgs.Of(("count", result.Value.Mails))));
    }

    private static Task<IResult> RefusedAsync(Guid id, Guid sessionId, HttpContext http, SessionPages.Shown page, SessionForms forms,
        FormState state, Refusal? refused, CancellationToken ct) =>
        SessionLifecyclePages.RefusedAsync(id, sessionId, http, page, forms, state, refused, ct);

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();
}
