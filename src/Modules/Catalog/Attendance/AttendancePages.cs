using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>
/// Buttons on a session's page: record how many of a booking's attendees came (0 is a no-show) and complete an
/// attended participation, which sends the feedback survey. They call the attendance API's handler.
/// </summary>
internal static class AttendancePages
{
    private const string Session = OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}";
    private const string Booking = Session + "/buchungen/{bookingId:guid}";

    /// <summary>The attendance list of a session: sign-in sheet to print, downloads, and the whole list's attendance in one form.</summary>
    public static string List(Guid offeringId, Guid sessionId) => SessionPages.Of(offeringId, sessionId) + "/anwesenheitsliste";

    public static void MapAttendancePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Session + "/anwesenheitsliste", (Guid id, Guid sessionId, HttpContext http, IQuerySession session, TimeProvider clock,
                CancellationToken ct) => ShowAsync(id, sessionId, http, session, clock, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(Session + "/anwesenheit", RecordAllAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(Booking + "/anwesenheit", async (
            Guid id,
            Guid sessionId,
            Guid bookingId,
            IFormCollection form,
            HttpContext http,
            IDocumentSession session,
            TimeProvider clock,
            CancellationToken ct) =>
        {
            var raw = form["attended"].ToString().Trim();
            int? attended = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            var result = await AttendanceEndpoints.ChangeAsync(sessionId, bookingId, null, http.User, session,
                (state, offering) => AttendanceDecider.Record(state, offering, bookingId, attended, clock.GetUtcNow()), ct);
            var texts = http.RequestServices.GetRequiredService<ITexts>();
            return SessionPages.Outcome(http, id, sessionId, result.Refusal, attended == 0
                ? texts.Get("catalog.attendance.no-show")
                : texts.Get("catalog.attendance.recorded"));
        }).RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(Booking + "/abschliessen", async (
            Guid id,
            Guid sessionId,
            Guid bookingId,
            IFormCollection form,
            HttpContext http,
            IDocumentSession session,
            TimeProvider clock,
            CancellationToken ct) =>
        {
            var result = await AttendanceEndpoints.ChangeAsync(sessionId, bookingId, null, http.User, session,
                (state, offering) => AttendanceDecider.Complete(state, offering, bookingId, clock.GetUtcNow()), ct);
            var texts = http.RequestServices.GetRequiredService<ITexts>();
            return SessionPages.Outcome(http, id, sessionId, result.Refusal, texts.Get("catalog.attendance.completed"));
        }).RequireAuthorization(Policies.OfferingManager);
    }

    private static async Task<IResult> ShowAsync(Guid id, Guid sessionId, HttpContext http, IQuerySession session, TimeProvider clock,
        FormState form, int status, CancellationToken ct)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        if (await AttendanceSheet.LoadAsync(sessionId, http.User, session, http.RequestServices, texts, ct) is not { } sheet
            || sheet.Session.OfferingId != id)
        {
            return Results.NotFound();
        }
        return UiPages.Render<AttendancePage>(new { Model = sheet, Form = form, Now = clock.GetUtcNow() }, status);
    }

    // One submit for the whole list: a field "attended-{bookingId}" per booking; all are recorded, or none.
    private static async Task<IResult> RecordAllAsync(Guid id, Guid sessionId, IFormCollection form, HttpContext http, IDocumentSession session,
        IQuerySession query, TimeProvider clock, CancellationToken ct)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var entries = form.Keys.Where(k => k.StartsWith("attended-", StringComparison.Ordinal))
            .Select(k => (Key: k, Id: Guid.TryParse(k["attended-".Length..], out var b) ? b : Guid.Empty))
            .Where(e => e.Id != Guid.Empty)
            .Select(e => (e.Id, int.TryParse(form[e.Key].ToString().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? n : (int?)null))
            .ToList();
        var result = await AttendanceEndpoints.ChangeManyAsync(sessionId, [.. entries.Select(e => e.Id)], http.User, session,
            (state, offering) => AttendanceDecider.RecordAll(state, offering, entries, clock.GetUtcNow()), ct);
        switch (result)
        {
            case null:
                return UiPages.Done(http, AttendancePages.List(id, sessionId),
                    texts.Get("catalog.attendance.list-recorded", TextArgs.Of(("count", entries.Count))));
            case { Kind: RefusalKind.NotFound }:
                return Results.NotFound();
            default:
                var state = FormState.From(form).Absorb(result, texts);
                return await ShowAsync(id, sessionId, http, query, clock, state, RefusalResults.StatusOf(result.Kind), ct);
        }
    }
}
