using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>Registration, e-mail confirmation, sign-in with lockout, password reset and the own profile.</summary>
internal static class AccountEndpoints
{
    public const string TermsVersion = "2026-01";

    public sealed record Register(string? Email, string? Password, string? DisplayName, bool AcceptTerms, bool ResearchConsent);

    public sealed record Confirm(string? Email, string? Token);

    public sealed record SignInRequest(string? Email, string? Password, bool UseCookie);

    public sealed record ForgotPassword(string? Email);

    public sealed record ResetPassword(string? Email, string? Token, string? NewPassword);

    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/accounts");
        accounts.MapPost("/", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("RegisterAccount")
            .Produces(StatusCodes.Status202Accepted);
        accounts.MapPost("/confirm-email", ConfirmAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ConfirmEmail")
            .Produces(StatusCodes.Status204NoContent);
        accounts.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("SignIn");
        accounts.MapPost("/sign-out", SessionEndpoints.SignOutAsync).RequireAuthorization(Policies.SignedIn).WithName("SignOut");
        accounts.MapPost("/forgot-password", ForgotAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ForgotPassword")
            .Produces(StatusCodes.Status202Accepted);
        accounts.MapPost("/reset-password", ResetAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ResetPassword")
            .Produces(StatusCodes.Status204NoContent);
        accounts.MapGet("/me", MeAsync).RequireAuthorization(Policies.SignedIn).WithName("GetMyAccount");
    }

    private static async Task<IResult> RegisterAsync(
        Register body, IDocumentSession session, IPasswordHasher<Account> hasher, IMailSender mail, TimeProvider clock, CancellationToken ct) =>
        await AccountHandlers.RegisterAsync(body, session, hasher, mail, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.Accepted();

    private static async Task<IResult> ConfirmAsync(Confirm body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        await AccountHandlers.ConfirmAsync(body, session, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.NoContent();

    private static async Task<IResult> SignInAsync(
        SignInRequest body,
        HttpContext http,
        IDocumentSession session,
        IPasswordHasher<Account> hasher,
        ITexts texts,
        TimeProvider clock,
        CancellationToken ct)
    {
        var started = AccountSessions.Begin(http, body.UseCookie, clock.GetUtcNow());
        var result = await AccountHandlers.SignInAsync(body, started, session, hasher, clock, ct);
        return result.Match(
            principal => Results.SignIn(principal, authenticationScheme:
                body.UseCookie ? CookieAuthenticationDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme),
            refusal => refusal.Code == AccountHandlers.WrongCredentials
                // 401 and the same body for a wrong password, an unknown address and a locked account.
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: texts.Reason(refusal))
                : refusal.ToHttpResult());
    }

    private static async Task<IResult> ForgotAsync(
        ForgotPassword body, IDocumentSession session, IMailSender mail, PublicLinks links, TimeProvider clock, CancellationToken ct) =>
        await PasswordHandlers.ForgotAsync(body, session, mail, links, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.Accepted();

    private static async Task<IResult> ResetAsync(
        ResetPassword body, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct) =>
        await PasswordHandlers.ResetAsync(body, session, hasher, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.NoContent();

    private static async Task<IResult> MeAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(http.User.AccountId()!.Value, ct);
        return account is null
            ? Results.NotFound()
            : Results.Ok(new
            {
                account.Id,
                account.Email,
                account.DisplayName,
                account.Roles,
                account.OrganisationId,
                account.IsOrganisationAdmin,
                account.PartnerCenter,
                account.TermsVersion,
                ResearchConsent = account.ResearchConsentVersion is not null,
            });
    }

    internal static async Task<Account?> FindAsync(IQuerySession session, string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }
        var normalized = email.Trim().ToLowerInvariant();
        return await session.Query<Account>().FirstOrDefaultAsync(a => a.NormalizedEmail == normalized, ct);
    }
}
