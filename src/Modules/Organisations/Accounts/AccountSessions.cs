using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Sessions of an account. Each sign-in begins one; its id and the account's <see cref="Account.SecurityStamp"/> go
/// into the cookie or token, and a request counts as signed in only while that session is on the account and the
/// stamp unchanged (checked on every request by <see cref="AccountClaims"/>). Signing out ends one session; sign-out
/// everywhere, a password change or reset, a lockout, a role change and erasure end them all.
/// </summary>
internal static class AccountSessions
{
    public const string SessionClaim = "kz:session";
    public const string StampClaim = "kz:stamp";

    /// <summary>A cookie stays valid 8 hours after its last use; its session ends at the latest this long after sign-in.</summary>
    public static readonly TimeSpan CookieSessionLimit = TimeSpan.FromHours(24);

    /// <summary>A new session for a sign-in by this request, lasting as long as the token or cookie it gets.</summary>
    public static AccountSession Begin(HttpContext http, bool cookie, DateTimeOffset now)
    {
        var lifetime = cookie
            ? CookieSessionLimit
            : http.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>()
                .Get(BearerTokenDefaults.AuthenticationScheme).BearerTokenExpiration;
        return new AccountSession(Guid.NewGuid(), now, now + lifetime, Devices.Describe(http.Request.Headers.UserAgent.ToString()));
    }

    public static IEnumerable<Claim> Claims(Account account, Guid sessionId) =>
    [
        new(SessionClaim, sessionId.ToString()),
        new(StampClaim, account.SecurityStamp.ToString(CultureInfo.InvariantCulture)),
    ];

    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(SessionClaim), out var id) ? id : null;

    /// <summary>Whether the principal's session is one the account still has.</summary>
    public static bool IsCurrent(Account account, ClaimsPrincipal principal, DateTimeOffset now) =>
        principal.SessionId() is { } id
        && principal.FindFirstValue(StampClaim) == account.SecurityStamp.ToString(CultureInfo.InvariantCulture)
        && account.Sessions.Any(s => s.Id == id && s.ExpiresAt > now);
}
