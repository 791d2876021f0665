using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Organisations.Tokens;

internal sealed record AccessTokenCreated(
    Guid TokenId,
    Guid AccountId,
    string Name,
    string TokenHash,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);

internal sealed record AccessTokenRevoked(Guid TokenId, DateTimeOffset At);

/// <summary>A personal access token; only the SHA-256 of the secret is kept.</summary>
internal sealed record AccessToken(
    Guid Id,
    Guid AccountId,
    string Name,
    string TokenHash,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt);

internal sealed partial class AccessTokenProjection : SingleStreamProjection<AccessToken, Guid>
{
    public static AccessToken Create(AccessTokenCreated e) =>
        new(e.TokenId, e.AccountId, e.Name, e.TokenHash, e.Scopes, e.CreatedAt, e.ExpiresAt, null);

    public static AccessToken Apply(AccessTokenRevoked e, AccessToken token) => token with { RevokedAt = e.At };
}
