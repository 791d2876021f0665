using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Tokens;

/// <summary>The answer to a created token: the secret, shown this once.</summary>
internal sealed record CreatedToken(Guid Id, string Token, string Name, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>
/// The token use cases, shared by the API (<see cref="TokenEndpoints"/>) and the page (<see cref="TokenPages"/>):
/// each checks the input, appends the event and answers a typed result or a refusal with a code.
/// </summary>
internal static class TokenHandlers
{
    public static async Task<Result<CreatedToken>> CreateAsync(
        TokenEndpoints.CreateToken body, Guid account, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var scopes = body.Scopes ?? [];
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100)
        {
            errors.Add(new FieldError("name", "organisations.token-name-required"));
        }
        if (scopes.Count == 0 || scopes.Any(s => !AccessTokenValidator.KnownScopes.Contains(s)))
        {
            errors.Add(new FieldError("scopes", "organisations.token-scopes-unknown",
                TextArgs.Of(("scopes", string.Join(", ", AccessTokenValidator.KnownScopes)))));
        }
        if (body.ExpiresInDays is < 1 or > 365)
        {
            errors.Add(new FieldError("expiresInDays", "organisations.token-expiry-out-of-range"));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var id = Ids.New(clock);
        var secret = Secrets.NewToken("kzpat_");
        var now = clock.GetUtcNow();
        var created = new AccessTokenCreated(
            id, account, body.Name!.Trim(), Secrets.Hash(secret), scopes.Distinct().ToList(), now, now.AddDays(body.ExpiresInDays));
        session.Events.StartStream(id, created);
        await session.SaveChangesAsync(ct);
        return new CreatedToken(id, secret, created.Name, created.Scopes, created.ExpiresAt);
    }

    /// <summary>Revokes one of the caller's own live tokens; someone else's token counts as not found.</summary>
    public static async Task<Refusal?> RevokeAsync(Guid id, Guid? account, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var token = await session.LoadAsync<AccessToken>(id, ct);
        if (token is null || token.AccountId != account || token.RevokedAt is not null)
        {
            return Refusal.NotFound("organisations.token-not-found");
        }
        session.Events.Append(id, new AccessTokenRevoked(id, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return null;
    }
}
