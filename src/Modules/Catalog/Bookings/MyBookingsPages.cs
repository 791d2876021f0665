using System.Text;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Browse;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The organisation's bookings: cancel, accept an offered seat and cancel a package through the API's handlers
/// (so deadlines and waitlist moves are the same), and each booking's calendar file.
/// </summary>
internal static class MyBookingsPages
{
    private const string Path = OfferingBookingPages.MyBookings;

    public static void MapMyBookingsPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ListAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path + "/{sessionId:guid}/{bookingId:guid}/absagen",
            (Guid sessionId, Guid bookingId, IFormCollection form, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps,
                CancellationToken ct) =>
                ChangedAsync(http, Texts(http).Get("catalog.bookings.cancelled"), ChangeBooking.ChangeAsync(
                    sessionId, bookingId, null, null, http.User, deps,
                    (state, offering, organisation, now) => BookingDecider.Cancel(
                        state, offering, new CancelBooking(bookingId, organisation), deps.Desk.Window.Value, now, http.User.IsStaff()),
                    ct)))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path + "/{sessionId:guid}/{bookingId:guid}/annehmen",
            (Guid sessionId, Guid bookingId, IFormCollection form, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps,
                CancellationToken ct) =>
                ChangedAsync(http, Texts(http).Get("catalog.bookings.accepted"), ChangeBooking.ChangeAsync(
                    sessionId, bookingId, null, null, http.User, deps,
                    (state, offering, organisation, now) => BookingDecider.Accept(
                        state, offering, new AcceptSeatOffer(bookingId, organisation), deps.Desk.Window.Value, now),
                    ct)))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path + "/pakete/{id:guid}/absagen",
                async (Guid id, IFormCollection form, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                    Changed(http, Texts(http).Get("catalog.bookings.package-cancelled"),
                        (await CancelPackage.CancelAsync(id, "", null, http.User, deps, ct)).Result.Refusal))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapGet(Path + "/{sessionId:guid}/{bookingId:guid}/kalender.ics", CalendarAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> ChangedAsync(HttpContext http, string success, Task<Result<ChangedBooking>> change) =>
        Changed(http, success, (await change).Refusal);

    private static IResult Changed(HttpContext http, string success, Refusal? refused)
    {
        if (refused is { Kind: RefusalKind.NotFound })
        {
            return Results.NotFound();
        }
        var texts = Texts(http);
        return refused is null
            ? UiPages.Done(http, Path, success)
            : UiPages.Failed(http, Path, $"{texts.Get("catalog.bookings.nothing-changed")} {texts.Reason(refused)}");
    }

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId)
        {
            return OfferingBookingPages.NoOrganisation(http);
        }
        var now = clock.GetUtcNow();
        var texts = Texts(http);
        var attendees = await session.Query<BookingAttendees>().Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        var packages = (await session.Query<PackageBooking>().Where(p => p.OrganisationId == organisationId).ToListAsync(ct))
            .OrderByDescending(p => p.BookedAt).ToList();
        var states = await SessionStates.LoadManyAsync(session, attendees.Select(a => a.SessionId), ct);
        var offeringIds = states.Values.Select(s => s.OfferingId)
            .Concat(packages.SelectMany(p => p.Items.Select(i => i.OfferingId))).Distinct().ToArray();
        var offerings = (await session.LoadManyAsync<CatalogEntry>(ct, offeringIds)).ToDictionary(o => o.Id);
        var curatedIds = packages.Where(p => p.PackageId is not null).Select(p => p.PackageId!.Value).Distinct().ToArray();
        var curated = (await session.LoadManyAsync<CuratedPackage>(ct, curatedIds)).ToDictionary(p => p.Id);
        string PackageName(PackageBooking p) => p.PackageId is { } id && curated.TryGetValue(id, out var c)
            ? OfferingCards.Text(c.Name)
            : texts.Get("catalog.bookings.own-package");
        var packageOf = packages.SelectMany(p => p.Items.Select(i => (i.BookingId, Name: PackageName(p))))
            .ToDictionary(x => x.BookingId, x => x.Name);
        string Title(Guid offeringId) => offerings.TryGetValue(offeringId, out var o) ? OfferingCards.Text(o.Title) : "?";

        var rows = attendees
            .Where(a => states.ContainsKey(a.SessionId) && states[a.SessionId].Find(a.Id) is not null)
            .Select(a => (Attendees: a, State: states[a.SessionId], Booking: states[a.SessionId].Find(a.Id)!))
            .OrderBy(x => x.State.StartsAt)
            .Select(x =>
            {
                var (state, booking) = (x.State, x.Booking);
                var hours = offerings.TryGetValue(state.OfferingId, out var o) ? o.CancellationDeadlineHours : 0;
                var deadline = booking.Status == SeatStatus.Confirmed ? state.StartsAt.AddHours(-hours) : state.StartsAt;
                var open = booking.Status is SeatStatus.Confirmed or SeatStatus.Waitlisted or SeatStatus.Offered;
                return new MyBookingsPage.BookingRow(
                    state.Id, booking.BookingId, state.OfferingId, Title(state.OfferingId), UiText.When(state.StartsAt),
                    BookingPageText.Status(texts, booking.Status.Text(), state.WaitlistPosition(booking.BookingId)),
                    string.Join(", ", x.Attendees.Names),
                    packageOf.GetValueOrDefault(booking.BookingId),
                    booking.Status == SeatStatus.Offered && booking.OfferExpiresAt is { } expires ? UiText.When(expires) : null,
                    open && now < deadline ? UiText.When(deadline) : null,
                    booking.Status == SeatStatus.Offered, open && now < deadline, booking.Status is not (SeatStatus.Cancelled or SeatStatus.Lapsed));
            }).ToList();
        var packageRows = packages.Select(p =>
        {
            var view = PackageView.Of(p, states);
            var items = view.Items.Select(i => $"{Title(i.OfferingId)}: {BookingPageText.Status(texts, i.Status, i.WaitlistPosition)}").ToList();
            var open = view.Items.Any(i => i.Status is "confirmed" or "waitlisted" or "offered" or PackageView.Enrolled);
            return new MyBookingsPage.PackageRow(p.Id, PackageName(p), UiText.When(p.BookedAt), items, open);
        }).ToList();
        return UiPages.Render<MyBookingsPage>(new { Bookings = rows, Packages = packageRows });
    }

    private static async Task<IResult> CalendarAsync(
        Guid sessionId, Guid bookingId, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (await SessionStates.LoadAsync(session, sessionId, ct) is not { } state || state.Find(bookingId) is not { } booking
            || !http.User.MaySee(booking.OrganisationId)
            || await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return Results.NotFound();
        }
        var entry = BookingCalendar.Entry(booking, state.Seats, offering, clock.GetUtcNow());
        var text = CalendarFile.Write(entry, "Catalog");
        return Results.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "termin.ics");
    }
}
