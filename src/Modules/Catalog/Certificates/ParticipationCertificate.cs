using System.Globalization;
using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Certificates;

/// <summary>
/// <c>GET /bookings/{bookingId}/certificate.pdf</c>: the certificate of a completed participation, for the booking
/// organisation's members and staff (others: 404), in the request's language. A participation not completed is refused.
/// </summary>
internal static class ParticipationCertificate
{
    public static void MapCertificates(this IEndpointRouteBuilder api) =>
        api.MapGet("/bookings/{bookingId:guid}/certificate.pdf",
                async (Guid bookingId, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                    (await CreateAsync(bookingId, http.User, session, http.RequestServices, texts, ct))
                    .ToHttpResult(pdf => Results.File(pdf, "application/pdf", $"teilnahmebescheinigung-{bookingId:N}.pdf")))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("ParticipationCertificate");

    /// <summary>The certificate's PDF, or why there is none.</summary>
    public static async Task<Result<byte[]>> CreateAsync(
        Guid bookingId, ClaimsPrincipal user, IQuerySession session, IServiceProvider services, ITexts texts, CancellationToken ct)
    {
        if (await session.LoadAsync<SessionBooking>(bookingId, ct) is not { } booking || !user.MaySee(booking.OrganisationId)
            || await session.LoadAsync<SessionSeats>(booking.SessionId, ct) is not { } seats
            || await session.LoadAsync<CatalogEntry>(seats.OfferingId, ct) is not { } offering)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        if (booking.Status != SeatStatus.Completed)
        {
            return Refusal.Conflict("catalog.certificate-not-completed", TextArgs.Of(("status", RefusalWords.Seat(booking.Status))));
        }
        return await WriteAsync(bookingId, booking.OrganisationId, seats.StartsAt, seats.EndsAt, offering, session, services, texts, ct);
    }

    /// <summary>
    /// The certificate of a participation that took place, in the current UI culture (the offering's title, the day) and the
    /// language of <paramref name="texts"/>; attendees by name, or the organisation when the booking named nobody.
    /// </summary>
    public static async Task<byte[]> WriteAsync(
        Guid bookingId, Guid organisationId, DateTimeOffset startsAt, DateTimeOffset endsAt, CatalogEntry offering, IQuerySession session,
        IServiceProvider services, ITexts texts, CancellationToken ct)
    {
        var attendees = (await session.LoadAsync<BookingAttendees>(bookingId, ct))?.Names ?? [];
        var organisation = services.GetService<IOrganisationNames>() is { } directory
            && (await directory.NamesAsync([organisationId], ct)).TryGetValue(organisationId, out var name)
            ? name
            : SessionTexts.Organisation(organisationId);
        var program = await session.LoadAsync<ProgramSummary>(offering.ProgramId, ct);
        var center = services.GetService<IConfiguration>()?["Modules:catalog:CenterName"] is { Length: > 0 } configured
            ? configured
            : texts.Get("catalog.certificate.center");
        var hours = (endsAt - startsAt).TotalHours.ToString("0.#", CultureInfo.CurrentCulture);
        var content = new CertificateContent(
            attendees.Count > 0 ? attendees : [organisation], organisation, OfferingTexts.Localized(offering.Title),
            UiText.Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, UiText.Berlin).DateTime)),
            texts.Get("catalog.certificate.hours", TextArgs.Of(("hours", hours))), program?.Name ?? "–",
            texts.Get("catalog.certificate.funding"), center);
        return CertificateDocument.Write(content, texts);
    }
}
