using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Take the check and read the latest result and the history. Members of the organisation and staff only.</summary>
internal static class CheckEndpoints
{
    public static void MapChecks(this IEndpointRouteBuilder api)
    {
        api.MapPost("/{organisationId:guid}/maturity/checks", TakeAsync).RequireOrganisationAccess().WithName("TakeMaturityCheck");
        api.MapGet("/{organisationId:guid}/maturity", LatestAsync).RequireOrganisationAccess().WithName("GetMaturityResult");
        api.MapGet("/{organisationId:guid}/maturity/history", HistoryAsync).RequireOrganisationAccess().WithName("GetMaturityHistory");
    }

    private static async Task<IResult> TakeAsync(
        Guid organisationId, CheckInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await CheckHandlers.TakeAsync(organisationId, body, session, clock, ct))
            .ToHttpResult(round => Results.Created($"/api/organisations/{organisationId}/maturity", MaturityView.Round(round)));

    private static async Task<IResult> LatestAsync(Guid organisationId, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<MaturityHistory>(organisationId, ct))?.Latest is { } latest
            ? Results.Ok(MaturityView.Round(latest))
            : Results.NotFound();

    private static async Task<IResult> HistoryAsync(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var history = await session.LoadAsync<MaturityHistory>(organisationId, ct);
        return Results.Ok(history is null ? [] : MaturityView.History(history));
    }
}
