using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Platform administrators list accounts and grant or revoke staff, partner and analyst roles. A grant or revocation
/// ends the account's sessions (<see cref="AccountSessions"/>); a concurrent write to the account is retried.
/// </summary>
internal static class RoleEndpoints
{
    public sealed record Grant(string? Role, string? PartnerCenter);

    private static readonly string[] Grantable = [Roles.PlatformAdmin, Roles.CenterStaff, Roles.PartnerStaff, Roles.Analyst];

    public static void MapRoles(this IEndpointRouteBuilder api)
    {
        api.MapGet("/accounts", async (int? skip, int? take, IQuerySession session, CancellationToken ct) =>
                Results.Ok((await session.Query<Account>().Where(a => !a.Erased).OrderBy(a => a.RegisteredAt)
                        .Skip(Math.Max(skip ?? 0, 0)).Take(Math.Clamp(take ?? 50, 1, 200)).ToListAsync(ct))
                    .Select(a => new { a.Id, a.Email, a.DisplayName, a.Roles, a.OrganisationId, a.PartnerCenter, a.EmailConfirmed })))
            .RequireAuthorization(Policies.PlatformAdmin).WithName("ListAccounts");
        api.MapPost("/accounts/{id:guid}/roles", GrantAsync).RequireAuthorization(Policies.PlatformAdmin).WithName("GrantRole");
        api.MapDelete("/accounts/{id:guid}/roles/{role}", RevokeAsync).RequireAuthorization(Policies.PlatformAdmin).WithName("RevokeRole");
    }

    private static async Task<IResult> GrantAsync(Guid id, Grant body, IDocumentSession session, ITexts texts, CancellationToken ct)
    {
        var problems = new FieldProblems();
        if (body.Role is null || !Grantable.Contains(body.Role))
        {
            problems.Add("role", texts.Get("organisations.role.unknown", TextArgs.Of(("roles", string.Join(", ", Grantable)))));
        }
        if (body.Role == Roles.PartnerStaff && string.IsNullOrWhiteSpace(body.PartnerCenter))
        {
            problems.Add("partnerCenter", texts.Get("organisations.role.partner-center-required"));
        }
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        return await session.RetryOnConflictAsync(async token =>
        {
            var account = await session.LoadAsync<Account>(id, token);
            if (account is null || account.Erased)
            {
                return Results.NotFound();
            }
            session.Events.Append(id, new RoleGranted(id, body.Role!, body.PartnerCenter?.Trim()));
            await session.SaveChangesAsync(token);
            return Results.NoContent();
        }, ct);
    }

    private static Task<IResult> RevokeAsync(Guid id, string role, IDocumentSession session, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            var account = await session.LoadAsync<Account>(id, token);
            if (account is null || account.Erased || !account.Roles.Contains(role))
            {
                return Results.NotFound();
            }
            session.Events.Append(id, new RoleRevoked(id, role));
            await session.SaveChangesAsync(token);
            return Results.NoContent();
        }, ct);
}
