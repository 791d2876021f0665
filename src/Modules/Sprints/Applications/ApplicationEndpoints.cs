using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

internal sealed record ApplyInput(Guid? OfferingId, string? Motivation, string? Goals, string? Availability);

/// <summary>An SME's administrators apply (<see cref="ApplyHandler"/>); the SME and staff read applications.</summary>
internal static class ApplicationEndpoints
{
    public const int MaxText = ApplyDecider.MaxText;

    public static void MapApplications(this IEndpointRouteBuilder api)
    {
        api.MapPost("/organisations/{organisationId:guid}/applications", ApplyAsync)
            .RequireAuthorization(Policies.OrganisationAdmin).RequireOrganisationAccess().WithName("ApplyForSprint");
        api.MapGet("/organisations/{organisationId:guid}/applications", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.AppliedAt)
                    .ToListAsync(ct)))
            .RequireOrganisationAccess().WithName("ListOwnSprintApplications");
        api.MapGet("/applications", async (string? status, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<SprintApplication>().Where(a => status == null || a.Status == status).OrderBy(a => a.AppliedAt)
                    .ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListSprintApplications");
        api.MapGet("/applications/{applicationId:guid}", async (Guid applicationId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<SprintApplication>(applicationId, ct) is { } a && http.User.MaySee(a.OrganisationId) ? Results.Ok(a)
                    : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintApplication");
    }

    private static async Task<IResult> ApplyAsync(Guid organisationId, ApplyInput body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await ApplyHandler.HandleAsync(organisationId, body, http.User.AccountId() ?? Guid.Empty, session, clock, ct))
            .ToHttpResult(application => Results.Created($"/api/sprints/applications/{application.Id}", application));
}
