using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Tokens;

/// <summary>Analysts create, list and revoke personal access tokens; the secret is shown once.</summary>
internal static class TokenEndpoints
{
    public sealed record CreateToken(string? Name, IReadOnlyList<string>? Scopes, int ExpiresInDays);

    public static void MapTokens(this IEndpointRouteBuilder api)
    {
        api.MapPost("/tokens", CreateAsync)
            .RequireAuthorization(Policies.SignedIn).RequireAuthorization(Policies.Analyst).WithName("CreateAccessToken");
        api.MapGet("/tokens", ListAsync).RequireAuthorization(Policies.SignedIn).WithName("ListAccessTokens");
        api.MapDelete("/tokens/{id:guid}", RevokeAsync).RequireAuthorization(Policies.SignedIn).WithName("RevokeAccessToken");
        api.MapGet("/tokens/current", (HttpContext http) => Results.Ok(new
        {
            name = http.User.Identity?.Name,
            scopes = http.User.FindAll(KzClaims.Scope).Select(c => c.Value),
        })).RequireAuthorization(Policies.ODataRead).WithName("CurrentAccessToken");
    }

    private static async Task<IResult> CreateAsync(
        CreateToken body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await TokenHandlers.CreateAsync(body, http.User.AccountId()!.Value, session, clock, ct))
            .ToHttpResult(created => Results.Created($"/api/organisations/tokens/{created.Id}", created));

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var account = http.User.AccountId()!.Value;
        var tokens = await session.Query<AccessToken>().Where(t => t.AccountId == account).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        return Results.Ok(tokens.Select(t => new { t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt }));
    }

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        await TokenHandlers.RevokeAsync(id, http.User.AccountId(), session, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.NoContent();
}
