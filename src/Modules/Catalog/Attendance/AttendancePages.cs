using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
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
    private const string Booking = OfferingPages.List + "/{id:guid}/termine/{sessionId:guid}/buchungen/{bookingId:guid}";

    public static void MapAttendancePages(this IEndpointRouteBuilder pages)
    {
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
}
