using System.Security.Claims;

namespace Kompetenzzentrum.Contracts.Security;

/// <summary>
/// Checks a personal access token (sent as HTTP Basic password or as bearer token) and returns the
/// principal it stands for, limited to the token's scopes, or null when it is unknown, revoked or expired.
/// </summary>
public interface IPersonalAccessTokenValidator
{
    /// <summary>Validates the raw token.</summary>
    Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken);
}
