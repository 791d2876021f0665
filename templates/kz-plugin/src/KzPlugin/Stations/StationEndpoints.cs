using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using KzPlugin.Maintenance;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace KzPlugin.Stations;

/// <summary>The plugin's API under <c>/api/kzplugin</c>: every endpoint with a named policy; bad input is a 400 naming the field.</summary>
internal static class StationEndpoints
{
    private const int MinPlaces = 1;
    private const int MaxPlaces = 50;

    public sealed record RegisterStation(string? Name, int Places);

    public static void MapStations(this IEndpointRouteBuilder api)
    {
        api.MapPost("/stations", Register).RequireAuthorization(Policies.OfferingManager).WithName("RegisterKzPluginStation");
        api.MapGet("/stations", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<Station>().OrderBy(s => s.Name).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListKzPluginStations");
        api.MapGet("/stations/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<Station>(id, ct) is { } station ? Results.Ok(station) : Results.NotFound())
            .RequireAuthorization(Policies.Staff).WithName("GetKzPluginStation");
        api.MapPost("/stations/{id:guid}/maintenance-check", RequestCheck)
            .RequireAuthorization(Policies.OfferingManager).WithName("CheckKzPluginStation").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Register(RegisterStation body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Name), "name", "kzplugin.station.name-required")
            .When(body.Places is < MinPlaces or > MaxPlaces, "places", "kzplugin.station.places-range",
                TextArgs.Of(("min", MinPlaces), ("max", MaxPlaces)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors).ToHttpResult();
        }
        var id = Ids.New(clock);
        var registered = new StationRegistered(id, body.Name!.Trim(), body.Places);
        session.Events.StartStream(id, registered);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/kzplugin/stations/{id}", StationProjection.Create(registered));
    }

    // The check runs as a Quartz job: stored in PostgreSQL, it may fire on any host of the cluster.
    private static async Task<IResult> RequestCheck(Guid id, IQuerySession session, ISchedulerFactory schedulers, CancellationToken ct)
    {
        if (await session.LoadAsync<Station>(id, ct) is null)
        {
            return Results.NotFound();
        }
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(MaintenanceCheckJob.Key, new JobDataMap { [MaintenanceCheckJob.StationId] = id.ToString() }, ct);
        return Results.Accepted();
    }
}
