using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Lernfabrik.Plugin.Maintenance;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace Lernfabrik.Plugin.Stations;

internal static class StationEndpoints
{
    private const int MinPlaces = 1;
    private const int MaxPlaces = 50;

    public sealed record RegisterStation(string? Name, string? Topic, int Places);

    public static void MapStations(this IEndpointRouteBuilder api)
    {
        api.MapPost("/stations", Register).RequireAuthorization(Policies.OfferingManager).WithName("RegisterLernfabrikStation");
        api.MapGet("/stations", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<Station>().OrderBy(s => s.Name).ToListAsync(ct))).AllowAnonymous().WithName("ListLernfabrikStations");
        api.MapGet("/stations/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<Station>(id, ct) is { } station ? Results.Ok(station) : Results.NotFound())
            .AllowAnonymous().WithName("GetLernfabrikStation");
        api.MapPost("/stations/{id:guid}/maintenance-check", RequestCheck)
            .RequireAuthorization(Policies.OfferingManager).WithName("CheckLernfabrikStation");
    }

    private static async Task<IResult> Register(
        RegisterStation body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Name), "name", "lernfabrik.station.name-required")
            .When(body.Topic is null || !Topics.IsKnown(body.Topic), "topic", "lernfabrik.station.topic-unknown")
            .When(body.Places is < MinPlaces or > MaxPlaces, "places", "lernfabrik.station.places-range",
                TextArgs.Of(("min", MinPlaces), ("max", MaxPlaces)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors).ToHttpResult();
        }
        var id = Ids.New(clock);
        // Partner staff set up stations for their own center, as they draft catalog offerings for it.
        var registered = new StationRegistered(id, body.Name!.Trim(), body.Topic!, body.Places, http.User.OwningPartnerCenter());
        session.Events.StartStream(id, registered);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/lernfabrik/stations/{id}", StationProjection.Create(registered));
    }

    // The check runs as a Quartz job: it is stored in PostgreSQL and may fire on any host of the cluster.
    private static async Task<IResult> RequestCheck(
        Guid id, HttpContext http, IQuerySession session, ISchedulerFactory schedulers, CancellationToken ct)
    {
        if (await session.LoadAsync<Station>(id, ct) is not { } station)
        {
            return Results.NotFound();
        }
        // The stations are listed publicly, so another center's station is forbidden rather than hidden.
        if (!http.User.MayManage(station.PartnerCenter))
        {
            return Refusal.Forbidden("lernfabrik.station.other-center").ToHttpResult();
        }
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(MaintenanceCheckJob.Key, new JobDataMap { [MaintenanceCheckJob.StationId] = id.ToString() }, ct);
        return Results.Accepted();
    }
}
