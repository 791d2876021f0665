using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A session as participants and staff see it: seats, not who holds them; cancelled once staff cancelled it.</summary>
internal sealed record SessionView(
    Guid Id, Guid OfferingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int SeatsTaken, int SeatsFree, int Waitlisted,
    bool Cancelled = false)
{
    public static SessionView Of(SessionSeats s) =>
        new(s.Id, s.OfferingId, s.StartsAt, s.EndsAt, s.Capacity, s.SeatsTaken(), Math.Max(0, s.SeatsFree()), s.Waiting, s.IsCancelled);
}

/// <summary>Staff schedule dated sessions of an offering; each session is its own event stream.</summary>
internal static class ScheduleSession
{
    public static void MapSessions(this IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings/{id:guid}/sessions", Handle).RequireAuthorization(Policies.OfferingManager).WithName("ScheduleSession")
            .Produces<SessionView>(StatusCodes.Status201Created);
        api.MapGet("/offerings/{id:guid}/sessions", async (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
                !await IsPublicOrManagedAsync(session, http.User, id, ct)
                    ? Results.NotFound()
                    : Results.Ok((await session.Query<SessionSeats>().Where(s => s.OfferingId == id).OrderBy(s => s.StartsAt).ToListAsync(ct))
                        .Select(SessionView.Of)))
            .AllowAnonymous()
            .WithName("ListSessions")
            .Produces<List<SessionView>>();
        api.MapGet("/sessions/{id:guid}", async (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<SessionSeats>(id, ct) is { } state && await IsPublicOrManagedAsync(session, http.User, state.OfferingId, ct)
                    ? Results.Ok(SessionView.Of(state)).WithETag(state.Changes)
                    : Results.NotFound())
            .AllowAnonymous()
            .WithName("GetSession")
            .Produces<SessionView>();
    }

    /// <summary>
    /// Sessions of a published offering are public; those of a draft or archived one only for whoever manages the
    /// offering, and to everybody else they do not exist (dates of unannounced offerings are not public).
    /// </summary>
    private static async Task<bool> IsPublicOrManagedAsync(IQuerySession session, ClaimsPrincipal user, Guid offeringId, CancellationToken ct) =>
        await session.LoadAsync<CatalogEntry>(offeringId, ct) is { } offering
        && (offering.Status == OfferingStatus.Published || await OfferingOwnership.MayManageAsync(session, user, offeringId, ct));

    private static async Task<IResult> Handle(
        Guid id,
        ScheduleSessionInput body,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct) =>
        (await ScheduleAsync(id, body, types, http.User, session, clock, ct))
            .ToHttpResult(view => Results.Created($"/api/catalog/sessions/{view.Id}", view));

    /// <summary>Schedules a session of an offering the caller manages (others do not learn that the offering exists).</summary>
    internal static async Task<Result<SessionView>> ScheduleAsync(
        Guid id,
        ScheduleSessionInput body,
        IEnumerable<OfferingTypeDefinition> types,
        ClaimsPrincipal user,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (await session.LoadAsync<CatalogEntry>(id, ct) is not { } offering || !await OfferingOwnership.MayManageAsync(session, user, id, ct))
        {
            return Refusal.NotFound("catalog.offering-not-found");
        }
        var sessionId = Ids.New(clock);
        var model = types.FirstOrDefault(t => t.Key == offering.OfferingType)?.Capacity;
        var decision = SessionDecider.Schedule(sessionId, id, offering.Status, model, body, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var scheduled = (SessionScheduled)decision.Events.Single();
        var state = SessionWrites.Start(session, scheduled);
        // Public, so that others (Integrations' "tell me when a date opens") learn of the new date without Catalog's events.
        session.Events.Append(sessionId, new SessionOpened(sessionId, id, offering.OfferingType, offering.Title,
            scheduled.StartsAt, scheduled.EndsAt, scheduled.Capacity, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return SessionView.Of(state.Seats);
    }
}
