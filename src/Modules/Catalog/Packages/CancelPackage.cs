using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// Reads a package booking, and cancels its open items (confirmed, waiting or offered) in one transaction.
/// Items already cancelled or lapsed stay as they are; an item past its cancellation deadline stays booked
/// for a member (staff cancel it too) and is named in the answer.
/// </summary>
internal static class CancelPackage
{
    public static void MapPackageBookings(this IEndpointRouteBuilder api)
    {
        api.MapGet("/package-bookings/{id:guid}", async (Guid id, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                await PackageView.LoadAsync(deps.Session, id, ct) is { } view && http.User.MaySee(view.OrganisationId) ? Results.Ok(view) : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("GetPackageBooking");
        api.MapPost("/package-bookings/{id:guid}/cancel", Handle)
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("CancelPackageBooking");
    }

    private static async Task<IResult> Handle(Guid id, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct)
    {
        var session = deps.Session;
        if (await session.LoadAsync<PackageBooking>(id, ct) is not { } booking || !http.User.MaySee(booking.OrganisationId))
        {
            return Results.NotFound();
        }
        var now = deps.Clock.GetUtcNow();
        var changes = new List<(Guid SessionId, IReadOnlyList<object> Events)>();
        var kept = new List<string>();
        foreach (var item in booking.Items.OrderBy(i => i.SessionId))
        {
            var stream = await session.Events.FetchForExclusiveWriting<SessionState>(item.SessionId, ct);
            if (stream.Aggregate?.Find(item.BookingId) is not { Status: not (SeatStatus.Cancelled or SeatStatus.Lapsed) }
                || await session.LoadAsync<CatalogEntry>(stream.Aggregate.OfferingId, ct) is not { } offering)
            {
                continue;
            }
            var decision = BookingRules.Cancel(stream.Aggregate, offering, new CancelBooking(item.BookingId, booking.OrganisationId), deps.Window.Value, now, http.User.IsStaff());
            if (decision.Rejected is { } rejected)
            {
                kept.Add($"Session {item.SessionId}: {rejected.Message}");
                continue;
            }
            stream.AppendMany(decision.Events);
            changes.Add((item.SessionId, decision.Events));
        }
        await session.SaveChangesAsync(ct);
        await deps.AfterCommitAsync(changes, ct);
        return Results.Ok(new { package = await PackageView.LoadAsync(session, id, ct), kept });
    }
}
