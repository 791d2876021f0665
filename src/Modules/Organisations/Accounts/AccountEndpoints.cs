using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
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
        accounts.MapPost("/", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("RegisterAccount");
        accounts.MapPost("/confirm-email", ConfirmAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ConfirmEmail");
        accounts.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("SignIn");
        accounts.MapPost("/sign-out", SessionEndpoints.SignOutAsync).RequireAuthorization(Policies.SignedIn).WithName("SignOut");
        accounts.MapPost("/forgot-password", ForgotAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ForgotPassword");
        accounts.MapPost("/reset-password", ResetAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("ResetPassword");
        accounts.MapGet("/me", MeAsync).RequireAuthorization(Policies.SignedIn).WithName("GetMyAccount");
    }

    internal static async Task<IResult> RegisterAsync(Register body, IDocumentSession session, IPasswordHasher<Account> hasher, IMailSender mail, TimeProvider clock, CancellationToken ct)
    {
        var email = body.Email?.Trim();
        var problems = new FieldProblems()
            .When(!AccountRules.IsValidEmail(email), "email", "Bitte eine gültige E-Mail-Adresse angeben.", "A valid e-mail address is required.")
            .When(string.IsNullOrWhiteSpace(body.DisplayName) || body.DisplayName.Length > 120, "displayName",
                "Bitte einen Namen mit bis zu 120 Zeichen angeben.", "A name of up to 120 characters is required.")
            .When(!body.AcceptTerms, "acceptTerms", "Bitte stimmen Sie den Nutzungsbedingungen zu.", "The terms of use must be accepted.");
        if (AccountRules.PasswordWeakness(body.Password, email) is { } weakness)
        {
            problems.Add("password", weakness.De, weakness.En);
        }
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var normalized = email!.ToLowerInvariant();
        if (await FindAsync(session, normalized, ct) is { } existing)
        {
            return await AlreadyRegisteredAsync(existing, body.Password!, hasher, mail, ct);
        }
        var now = clock.GetUtcNow();
        var id = Ids.New(clock);
        var token = Secrets.NewToken();
        var hash = hasher.HashPassword(new Account { Id = id }, body.Password!);
        var events = new List<object>
        {
            new AccountRegistered(id, normalized, body.DisplayName!.Trim(), hash, Secrets.Hash(token), now),
            new TermsAccepted(id, TermsVersion, now),
        };
        if (body.ResearchConsent)
        {
            events.Add(new ResearchConsentGiven(id, TermsVersion, now));
        }
        session.Events.StartStream(id, events);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex.ToString().Contains("23505", StringComparison.Ordinal))
        {
            // A parallel registration won the unique index: its owner hears of this one like of any other.
            await using var query = session.DocumentStore.QuerySession();
            return await FindAsync(query, normalized, ct) is { } winner ? await AlreadyRegisteredAsync(winner, null, hasher, mail, ct) : Registered();
        }
        await mail.SendAsync(AccountMails.Confirmation(normalized, body.DisplayName.Trim(), token), ct);
        return Registered();
    }

    // A known address answers exactly like a new one, after the same password hashing, and its owner gets a mail
    // instead of the registrant learning that the address has an account.
    private static async Task<IResult> AlreadyRegisteredAsync(Account existing, string? password, IPasswordHasher<Account> hasher, IMailSender mail, CancellationToken ct)
    {
        if (password is not null)
        {
            _ = hasher.HashPassword(new Account { Id = existing.Id }, password);
        }
        await mail.SendAsync(AccountMails.RegistrationAttempt(existing.Email!, existing.DisplayName), ct);
        return Registered();
    }

    private static IResult Registered() => Results.Accepted();

    internal static async Task<IResult> ConfirmAsync(Confirm body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var account = await FindAsync(session, body.Email, ct);
        if (account is null || !Secrets.Matches(body.Token, account.ConfirmationTokenHash))
        {
            return new FieldProblems().Add("token", "Der Bestätigungslink ist ungültig oder wurde schon benutzt.", "The confirmation link is invalid or was already used.").ToResult();
        }
        session.Events.Append(account.Id, new EmailConfirmed(account.Id, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    internal static async Task<IResult> SignInAsync(SignInRequest body, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var account = await FindAsync(session, body.Email, ct);
        if (account is null)
        {
            UnknownAccount.VerifyPassword(hasher, body.Password); // as long as a wrong password takes: time tells nothing
            return WrongCredentials();
        }
        var started = AccountSessions.Begin(http, body.UseCookie, clock.GetUtcNow());
        (var outcome, account) = await SignInAttempt.RecordAsync(session, account, body.Password, started, hasher, clock, ct);
        return outcome switch
        {
            AccountRules.SignInOutcome.Success => Results.SignIn(AccountClaims.SignInPrincipal(account, started), authenticationScheme:
                body.UseCookie ? CookieAuthenticationDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme),
            // A locked account answers like a wrong password, so nobody learns that the address has an account; its
            // owner learns of the lock by mail (LockoutMailSubscription).
            AccountRules.SignInOutcome.LockedOut => WrongCredentials(),
            AccountRules.SignInOutcome.Unconfirmed => Results.Problem(statusCode: 403, title: UiText.T("Die E-Mail-Adresse ist noch nicht bestätigt.", "The e-mail address is not confirmed yet.")),
            _ => WrongCredentials(),
        };
    }

    private static IResult WrongCredentials() =>
        Results.Problem(statusCode: 401, title: UiText.T("E-Mail-Adresse oder Passwort ist falsch.", "E-mail address or password is wrong."));

    private static async Task<IResult> ForgotAsync(ForgotPassword body, IDocumentSession session, IMailSender mail, TimeProvider clock, CancellationToken ct)
    {
        if (!AccountRules.IsValidEmail(body.Email?.Trim()))
        {
            return new FieldProblems().Add("email", "Bitte eine gültige E-Mail-Adresse angeben.", "A valid e-mail address is required.").ToResult();
        }
        var account = await FindAsync(session, body.Email, ct);
        if (account is not null)
        {
            var token = Secrets.NewToken();
            await session.RetryOnConflictAsync(async attempt =>
            {
                session.Events.Append(account.Id, new PasswordResetRequested(account.Id, Secrets.Hash(token), clock.GetUtcNow().AddHours(2)));
                await session.SaveChangesAsync(attempt);
                return true;
            }, ct);
            await mail.SendAsync(AccountMails.PasswordReset(account.Email!, account.DisplayName, token), ct);
        }
        return Results.Accepted(); // the same answer either way: nobody learns which addresses have accounts
    }

    private static async Task<IResult> ResetAsync(ResetPassword body, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var account = await FindAsync(session, body.Email, ct);
        var now = clock.GetUtcNow();
        if (account is null || account.ResetExpiresAt < now || !Secrets.Matches(body.Token, account.ResetTokenHash))
        {
            return new FieldProblems().Add("token", "Der Link zum Zurücksetzen ist ungültig oder abgelaufen.", "The reset link is invalid or expired.").ToResult();
        }
        if (AccountRules.PasswordWeakness(body.NewPassword, account.Email) is { } weakness)
        {
            return new FieldProblems().Add("newPassword", weakness.De, weakness.En).ToResult();
        }
        session.Events.Append(account.Id, new PasswordChanged(account.Id, hasher.HashPassword(account, body.NewPassword!), now));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }

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
