using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Team;

/// <summary>Making or unmaking an admin and removing a member over the API; the last admin stays (409).</summary>
internal static class TeamEndpoints
{
    public sealed record SetAdmin(bool IsAdmin);

    public static void MapTeam(this IEndpointRouteBuilder api)
    {
        api.MapPut("/{id:guid}/members/{accountId:guid}/admin", SetAdminAsync).RequireAuthorization(Policies.SignedIn).WithName("SetMemberAdmin")
            .Produces(StatusCodes.Status204NoContent);
        api.MapDelete("/{id:guid}/members/{accountId:guid}", RemoveAsync).RequireAuthorization(Policies.SignedIn).WithName("RemoveMember")
            .Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> SetAdminAsync(
        Guid id, Guid accountId, SetAdmin body, HttpContext http, IDocumentSession session, CancellationToken ct) =>
        await TeamHandlers.SetAdminAsync(id, accountId, body.IsAdmin, http.User, session, ct) is { } refusal
            ? refusal.ToHttpResult()
            : Results.NoContent();

    private static async Task<IResult> RemoveAsync(
        Guid id, Guid accountId, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        await TeamHandlers.RemoveAsync(id, accountId, http.User, session, clock, ct) is { } refusal
            ? refusal.ToHttpResult()
            : Results.NoContent();
}
