using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
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
        api.MapPost("/tokens", CreateAsync).RequireAuthorization(Policies.SignedIn).RequireAuthorization(Policies.Analyst).WithName("CreateAccessToken");
        api.MapGet("/tokens", ListAsync).RequireAuthorization(Policies.SignedIn).WithName("ListAccessTokens");
        api.MapDelete("/tokens/{id:guid}", RevokeAsync).RequireAuthorization(Policies.SignedIn).WithName("RevokeAccessToken");
        api.MapGet("/tokens/current", (HttpContext http) => Results.Ok(new
        {
            name = http.User.Identity?.Name,
            scopes = http.User.FindAll(KzClaims.Scope).Select(c => c.Value),
        })).RequireAuthorization(Policies.ODataRead).WithName("CurrentAccessToken");
    }

    internal static async Task<IResult> CreateAsync(CreateToken body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var scopes = body.Scopes ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100, "name",
                "Bitte geben Sie einen Namen mit höchstens 100 Zeichen an.", "A name of up to 100 characters is required.")
            .When(scopes.Count == 0 || scopes.Any(s => !AccessTokenValidator.KnownScopes.Contains(s)), "scopes",
                $"Wählen Sie Bereiche aus: {string.Join(", ", AccessTokenValidator.KnownScopes)}.",
                $"Scopes must be some of: {string.Join(", ", AccessTokenValidator.KnownScopes)}.")
            .When(body.ExpiresInDays is < 1 or > 365, "expiresInDays", "Ein Token läuft nach 1 bis 365 Tagen ab.", "A token expires after 1 to 365 days.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var secret = Secrets.NewToken("kzpat_");
        var now = clock.GetUtcNow();
        var created = new AccessTokenCreated(id, http.User.AccountId()!.Value, body.Name!.Trim(), Secrets.Hash(secret), scopes.Distinct().ToList(), now, now.AddDays(body.ExpiresInDays));
        session.Events.StartStream(id, created);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/organisations/tokens/{id}", new { id, token = secret, created.Name, created.Scopes, created.ExpiresAt });
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var account = http.User.AccountId()!.Value;
        var tokens = await session.Query<AccessToken>().Where(t => t.AccountId == account).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        return Results.Ok(tokens.Select(t => new { t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt }));
    }

    internal static async Task<IResult> RevokeAsync(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var token = await session.LoadAsync<AccessToken>(id, ct);
        if (token is null || token.AccountId != http.User.AccountId() || token.RevokedAt is not null)
        {
            return Results.NotFound();
        }
        session.Events.Append(id, new AccessTokenRevoked(id, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
