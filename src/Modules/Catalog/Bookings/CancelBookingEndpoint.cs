using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>The booking organisation cancels before the offering's deadline; freed seats go to the waitlist in order.</summary>
internal static class CancelBookingEndpoint
{
    public sealed record Request(Guid? OrganisationId);

    public static void MapBookings(this IEndpointRouteBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/bookings/{bookingId:guid}", async (Guid id, Guid bookingId, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<SessionState>(id, ct) is { } state && state.Find(bookingId) is { } booking
                    ? Results.Ok(BookingView.Of(state, booking))
                    : Results.NotFound())
            .WithName("GetBooking");
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/cancel", Handle).WithName("CancelBooking");
    }

    private static async Task<IResult> Handle(Guid id, Guid bookingId, Request body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.OrganisationId is not { } organisationId || organisationId == Guid.Empty)
        {
            return new FieldProblems().Add("organisationId", "The cancelling organisation is required.").ToResult();
        }
        if (await session.LoadAsync<SessionState>(id, ct) is null)
        {
            return Results.NotFound();
        }
        // Same exclusive hold as booking: a freed seat is promoted exactly once, never sold twice.
        var stream = await session.Events.FetchForExclusiveWriting<SessionState>(id, ct);
        var state = stream.Aggregate!;
        var offering = await session.LoadAsync<CatalogEntry>(state.OfferingId, ct);
        var decision = BookingRules.Cancel(state, offering?.CancellationDeadlineHours ?? 0, new CancelBooking(bookingId, organisationId), clock.GetUtcNow());
        if (decision.Rejected is { } rejected)
        {
            return rejected.ToResult();
        }
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync(ct);
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        return Results.Ok(BookingView.Of(after, after.Find(bookingId)!));
    }
}
