using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>Staff open program periods and set how many sprints each carries (adapters over <see cref="PeriodHandlers"/>).</summary>
internal static class PeriodEndpoints
{
    public static void MapPeriods(this IEndpointRouteBuilder api)
    {
        api.MapPost("/periods", OpenAsync).RequireAuthorization(Policies.Staff).WithName("OpenSprintPeriod")
            .Produces<ProgramPeriod>(StatusCodes.Status201Created);
        api.MapGet("/periods", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<ProgramPeriod>().OrderBy(p => p.StartsOn).ToListAsync(ct))).RequireAuthorization(Policies.Staff)
                .WithName("ListSprintPeriods")
                .Produces<List<ProgramPeriod>>();
        api.MapPut("/periods/{periodId:guid}/capacity", SetCapacityAsync).RequireAuthorization(Policies.Staff).WithName("SetSprintPeriodCapacity")
            .Produces<ProgramPeriod>();
    }

    private static async Task<IResult> OpenAsync(OpenPeriodInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await PeriodHandlers.OpenAsync(body, session, clock, ct))
            .ToHttpResult(period => Results.Created($"/api/sprints/periods/{period.Id}", period));

    private static async Task<IResult> SetCapacityAsync(Guid periodId, CapacityInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await PeriodHandlers.SetCapacityAsync(periodId, body, session, clock, ct)).ToHttpResult(period => Results.Ok(period));
}
