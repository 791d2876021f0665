using JasperFx;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// Books every item of a package (curated, or assembled by the organisation from sessions) in one
/// transaction. Each session stream is held exclusively, in id order so two packages never deadlock; when an
/// item would only go to the waitlist, nothing is booked (409) unless the organisation chose
/// <c>waitlistFullItems</c>.
/// </summary>
internal static class BookPackage
{
    public sealed record Request(Guid? OrganisationId, IReadOnlyList<BookSession.Attendee>? Attendees, IReadOnlyList<Guid>? SessionIds, bool WaitlistFullItems = false, string? ContactEmail = null);

    public static void MapBookPackage(this IEndpointRouteBuilder api)
    {
        api.MapPost("/packages/{id:guid}/bookings", (Guid id, Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(id, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookCuratedPackage");
        api.MapPost("/package-bookings", (Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(null, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookAssembledPackage");
    }

    private static async Task<IResult> Handle(Guid? packageId, Request body, HttpContext http, PackageDependencies deps, CancellationToken ct)
    {
        var organisationId = body.OrganisationId ?? http.User.OrganisationId();
        if (organisationId is { } requested && requested != Guid.Empty && !http.User.MaySee(requested))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You can book only for your own organisation.");
        }
        var sessionIds = body.SessionIds ?? [];
        var problems = new FieldProblems()
            .When(organisationId is null || organisationId == Guid.Empty, "organisationId", "The booking organisation is required.")
            .When(body.Attendees is null || body.Attendees.Count is 0 or > BookSession.MaxAttendees, "attendees", $"Name between 1 and {BookSession.MaxAttendees} attendees.")
            .When(body.Attendees?.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200) ?? false, "attendees", "Every attendee needs a name (up to 200 characters).")
            .When(sessionIds.Count is 0 or > CuratedPackages.MaxItems, "sessionIds", $"Between 1 and {CuratedPackages.MaxItems} sessions.")
            .When(sessionIds.Distinct().Count() != sessionIds.Count, "sessionIds", "Each session at most once.")
            .When(body.ContactEmail is not null && !ContactEmail.IsValid(body.ContactEmail), "contactEmail", "A valid e-mail address (up to 254 characters) or nothing.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var session = deps.Session;
        CuratedPackage? package = null;
        if (packageId is { } pid && (package = await session.LoadAsync<CuratedPackage>(pid, ct)) is null)
        {
            return Results.NotFound();
        }
        var names = body.Attendees!.Select(a => a.Name!.Trim()).ToList();
        var organisation = organisationId!.Value;
        var now = deps.Clock.GetUtcNow();
        var items = new List<(IEventStream<SessionState> Stream, CatalogEntry Offering, Decision Decision, Guid BookingId)>();
        try
        {
            foreach (var sessionId in sessionIds.Order())
            {
                if (await session.LoadAsync<SessionState>(sessionId, ct) is null)
                {
                    return new FieldProblems().Add("sessionIds", $"No session {sessionId}.").ToResult();
                }
                var stream = await session.Events.FetchForExclusiveWriting<SessionState>(sessionId, ct);
                if (await session.LoadAsync<CatalogEntry>(stream.Aggregate!.OfferingId, ct) is not { } offering)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The offering of session {sessionId} no longer exists.");
                }
                if (await deps.Rules.FirstHoldAsync(offering, sessionId, organisation, names.Count, ct) is { } hold)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Session {sessionId}: {hold} Nothing was booked.", type: "urn:kompetenzzentrum:booking-rule");
                }
                var bookingId = Ids.New(deps.Clock);
                var decision = BookingRules.Book(stream.Aggregate, offering, new BookSeats(bookingId, organisation, names.Count), deps.Window.Value, now);
                if (decision.Rejected is { } rejected)
                {
                    return (rejected with { Message = $"Session {sessionId}: {rejected.Message} Nothing was booked." }).ToResult();
                }
                if (!body.WaitlistFullItems && decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == bookingId))
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Session {sessionId} is full. Nothing was booked.",
                        detail: "Book again with waitlistFullItems: true to wait for full items.");
                }
                items.Add((stream, offering, decision, bookingId));
            }
            if (package is not null && !package.OfferingIds.Order().SequenceEqual(items.Select(i => i.Offering.Id).Order()))
            {
                return new FieldProblems().Add("sessionIds", "Name exactly one session of each offering of the package.").ToResult();
            }
            var packageBookingId = Ids.New(deps.Clock);
            var contact = ContactEmail.Normalize(body.ContactEmail);
            foreach (var item in items)
            {
                item.Stream.AppendMany(item.Decision.Events);
                session.Insert(new BookingAttendees(item.BookingId, item.Stream.Id, names, organisation, contact));
            }
            var booked = new PackageBooked(packageBookingId, package?.Id, organisation, items.Select(i => i.BookingId).ToList(), items.Select(i => i.Offering.Id).ToList(),
                items.SelectMany(i => i.Offering.Topics).Distinct().ToList(), items.Count(i => i.Decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == i.BookingId)), now);
            session.Events.StartStream(packageBookingId, booked);
            session.Insert(new PackageBooking(packageBookingId, package?.Id, organisation, items.Select(i => new PackageItem(i.Stream.Id, i.BookingId, i.Offering.Id)).ToList(), now));
            await session.SaveChangesAsync(ct);
            await deps.AfterCommitAsync(items.Select(i => (i.Stream.Id, i.Decision.Events)), ct);
            return Results.Created($"/api/catalog/package-bookings/{packageBookingId}", await PackageView.LoadAsync(session, packageBookingId, ct));
        }
        catch (ConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "A session of the package is busy.", detail: "Nothing was booked. Retry.");
        }
    }
}
