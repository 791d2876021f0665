using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Platform administrators list accounts, grant or revoke staff, partner and analyst roles, lock and unlock accounts and send
/// the confirmation again, through <see cref="AccountAdministration"/> (the back-office page calls the same). A grant,
/// revocation or lock ends the account's sessions (<see cref="AccountSessions"/>).
/// </summary>
internal static class RoleEndpoints
{
    /// <summary>A role to grant; <paramref name="Center"/>: the short name of the center the account belongs to (empty: unchanged).</summary>
    public sealed record Grant(string? Role, string? PartnerCenter, string? Center = null);

    public static void MapRoles(this IEndpointRouteBuilder api)
    {
        api.MapGet("/accounts", async (string? q, string? role, int? skip, int? take, IQuerySession session, TimeProvider clock,
                CancellationToken ct) =>
                (await AccountQueries.ListAsync(q, role, skip, take, session, clock.GetUtcNow(), ct)).ToHttpResult(list => Results.Ok(list.Accounts)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("ListAccounts");
        api.MapPost("/accounts/{id:guid}/roles", async (Guid id, Grant body, HttpContext http, IDocumentSession session, CancellationToken ct) =>
                Answer(await AccountAdministration.GrantAsync(id, body, http.RequestServices.GetService<ICenterDirectory>(), session, ct)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("GrantRole");
        api.MapDelete("/accounts/{id:guid}/roles/{role}", async (Guid id, string role, IDocumentSession session, CancellationToken ct) =>
                Answer(await AccountAdministration.RevokeAsync(id, role, session, ct)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("RevokeRole").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/accounts/{id:guid}/lock", async (
                    Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                Answer(await AccountAdministration.LockAsync(id, http.User.AccountId()!.Value, session, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("LockAccount").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/accounts/{id:guid}/unlock", async (
                    Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                Answer(await AccountAdministration.UnlockAsync(id, http.User.AccountId()!.Value, session, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("UnlockAccount").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/accounts/{id:guid}/resend-confirmation", async (
                    Guid id, HttpContext http, IDocumentSession session, IMailSender mail, TimeProvider clock, CancellationToken ct) =>
                Answer(await AccountAdministration.ResendConfirmationAsync(id, http.User.AccountId()!.Value, session, mail, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("ResendConfirmation").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Answer(Contracts.Application.Refusal? refusal) => refusal?.ToHttpResult() ?? Results.NoContent();
}
