using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
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
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Name), "name", "Die Station braucht einen Namen.", "A station needs a name.")
            .When(body.Topic is null || !Topics.IsKnown(body.Topic), "topic", "Ein bekanntes Thema.", "Topic must be one of the known topic keys.")
            .When(body.Places is < 1 or > 50, "places", "1 bis 50 Plätze.", "Places must be between 1 and 50.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
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
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: UiText.T("Diese Station gehört einem anderen Partnerzentrum.", "This station belongs to another partner center."));
        }
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(MaintenanceCheckJob.Key, new JobDataMap { [MaintenanceCheckJob.StationId] = id.ToString() }, ct);
        return Results.Accepted();
    }
}
