using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// Authenticates personal access tokens, sent as HTTP Basic password (what the OData connectors of Excel
/// and Power BI speak; the user name is ignored) or as <c>Bearer kzpat_…</c>.
/// </summary>
internal sealed class PersonalAccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "pat";
    public const string Prefix = "kzpat_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || header.Parameter is null)
        {
            return AuthenticateResult.NoResult();
        }
        var token = header.Scheme.ToLowerInvariant() switch
        {
            "basic" => PasswordOf(header.Parameter),
            "bearer" when header.Parameter.StartsWith(Prefix, StringComparison.Ordinal) => header.Parameter,
            _ => null,
        };
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }
        var validator = Context.RequestServices.GetService<IPersonalAccessTokenValidator>();
        var principal = validator is null ? null : await validator.ValidateAsync(token, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("unknown, revoked or expired token")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Kompetenzzentrum\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private static string? PasswordOf(string parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
