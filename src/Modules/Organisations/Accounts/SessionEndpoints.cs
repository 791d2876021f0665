using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The own sessions: list them, sign out this device or everywhere, change the password. Each change ends sessions at
/// once on every host (<see cref="AccountSessions"/>).
/// </summary>
internal static class SessionEndpoints
{
    public sealed record ChangePassword(string? CurrentPassword, string? NewPassword);

    /// <summary>A session as its owner sees it; <c>Current</c> marks the one the request came with.</summary>
    public sealed record SessionView(Guid Id, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, string Device, bool Current);

    public static void MapSessions(this IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/accounts");
        accounts.MapPost("/sign-out-everywhere", SignOutEverywhereAsync).RequireAuthorization(Policies.SignedIn).WithName("SignOutEverywhere");
        accounts.MapGet("/me/sessions", ListAsync).RequireAuthorization(Policies.SignedIn).WithName("ListMySessions");
        accounts.MapPost("/me/password", ChangePasswordAsync).RequireAuthorization(Policies.SignedIn).RequireRateLimiting(RateLimits.SignIn)
            .WithName("ChangePassword");
    }

    /// <summary>Signs out this device: its session ends and its cookie, if any, is removed.</summary>
    internal static async Task<IResult> SignOutAsync(HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        await EndAsync(session, http.User, clock, ct);
        return Results.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    /// <summary>Ends the session the principal came with, if it has one still running.</summary>
    internal static Task EndAsync(IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        user.AccountId() is not { } id || user.SessionId() is not { } sessionId
            ? Task.CompletedTask
            : session.RetryOnConflictAsync(async token =>
            {
                if (await session.LoadAsync<Account>(id, token) is { } account && account.Sessions.Any(s => s.Id == sessionId))
                {
                    session.Events.Append(id, new SignedOut(id, sessionId, clock.GetUtcNow()));
                    await session.SaveChangesAsync(token);
                }
                return true;
            }, ct);

    private static async Task<IResult> SignOutEverywhereAsync(HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        await EndEverywhereAsync(session, http.User.AccountId()!.Value, clock, ct);
        return Results.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    /// <summary>Ends every session of the account (API and the sessions page).</summary>
    internal static Task EndEverywhereAsync(IDocumentSession session, Guid id, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(id, new SignedOutEverywhere(id, clock.GetUtcNow()));
            await session.SaveChangesAsync(token);
            return true;
        }, ct);

    /// <summary>The running sessions, newest first, the one <paramref name="current"/> marked (API and the sessions page).</summary>
    internal static IReadOnlyList<SessionView> Running(Account account, DateTimeOffset now, Guid? current) =>
        [.. account.Sessions.Where(s => s.ExpiresAt > now).OrderByDescending(s => s.StartedAt)
            .Select(s => new SessionView(s.Id, s.StartedAt, s.ExpiresAt, s.Device, s.Id == current))];

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(http.User.AccountId()!.Value, ct);
        if (account is null)
        {
            return Results.NotFound();
        }
        return Results.Ok(Running(account, clock.GetUtcNow(), http.User.SessionId()));
    }

    /// <summary>Changes the password given the current one; every session ends, this one too, so the caller signs in again.</summary>
    private static async Task<IResult> ChangePasswordAsync(
        ChangePassword body, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var id = http.User.AccountId()!.Value;
        if (await session.LoadAsync<Account>(id, ct) is not { Erased: false } account)
        {
            return Results.NotFound();
        }
        if (AccountRules.PasswordWeakness(body.NewPassword, account.Email, "newPassword") is { } weakness)
        {
            return Refusal.Invalid([weakness]).ToHttpResult();
        }
        if (body.CurrentPassword is null
            || hasher.VerifyHashedPassword(account, account.PasswordHash, body.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            // Counted like a failed sign-in, so a stolen session cannot try passwords here without locking the account.
            await SignInAttempt.RecordFailureAsync(session, account, clock, ct);
            return Refusal.Invalid("currentPassword", "organisations.current-password-wrong").ToHttpResult();
        }
        var changed = new PasswordChanged(id, hasher.HashPassword(account, body.NewPassword!), clock.GetUtcNow());
        await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(id, changed);
            await session.SaveChangesAsync(token);
            return true;
        }, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }
}
