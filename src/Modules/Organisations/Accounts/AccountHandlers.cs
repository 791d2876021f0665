using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The account use cases shared by the API (<see cref="AccountEndpoints"/>) and the pages (<see cref="AccountPages"/>,
/// <see cref="RegistrationPages"/>): each answers a typed result or a refusal with a code, never an HTTP result.
/// </summary>
internal static class AccountHandlers
{
    /// <summary>The code of a failed sign-in: wrong password, unknown address and locked account all answer it.</summary>
    public const string WrongCredentials = "organisations.sign-in-failed";

    /// <summary>
    /// Registers an account, or refuses the input. A known address answers exactly like a new one (null), so that
    /// nobody learns which addresses have accounts; its owner gets a mail instead.
    /// </summary>
    public static async Task<Refusal?> RegisterAsync(
        AccountEndpoints.Register body,
        IDocumentSession session,
        IPasswordHasher<Account> hasher,
        IMailSender mail,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (RegistrationDecider.Check(body) is { } refusal)
        {
            return refusal;
        }
        var normalized = body.Email!.Trim().ToLowerInvariant();
        if (await AccountEndpoints.FindAsync(session, normalized, ct) is { } existing)
        {
            await AlreadyRegisteredAsync(existing, body.Password!, hasher, mail, ct);
            return null;
        }
        var now = clock.GetUtcNow();
        var id = Ids.New(clock);
        var token = Secrets.NewToken();
        var hash = hasher.HashPassword(new Account { Id = id }, body.Password!);
        session.Events.StartStream(id, RegistrationDecider.Register(body, id, normalized, hash, Secrets.Hash(token), now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex.ToString().Contains("23505", StringComparison.Ordinal))
        {
            // A parallel registration won the unique index: its owner hears of this one like of any other.
            await using var query = session.DocumentStore.QuerySession();
            if (await AccountEndpoints.FindAsync(query, normalized, ct) is { } winner)
            {
                await AlreadyRegisteredAsync(winner, null, hasher, mail, ct);
            }
            return null;
        }
        await mail.SendAsync(AccountMails.Confirmation(normalized, body.DisplayName!.Trim(), token), ct);
        return null;
    }

    // A known address costs the same password hashing as a new one, and its owner gets a mail instead of the
    // registrant learning that the address has an account.
    private static async Task AlreadyRegisteredAsync(
        Account existing, string? password, IPasswordHasher<Account> hasher, IMailSender mail, CancellationToken ct)
    {
        if (password is not null)
        {
            _ = hasher.HashPassword(new Account { Id = existing.Id }, password);
        }
        await mail.SendAsync(AccountMails.RegistrationAttempt(existing.Email!, existing.DisplayName), ct);
    }

    /// <summary>Confirms an account's e-mail address with the mailed token.</summary>
    public static async Task<Refusal?> ConfirmAsync(AccountEndpoints.Confirm body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var account = await AccountEndpoints.FindAsync(session, body.Email, ct);
        if (account is null || !Secrets.Matches(body.Token, account.ConfirmationTokenHash))
        {
            return Refusal.Invalid("token", "organisations.confirmation-invalid");
        }
        session.Events.Append(account.Id, new EmailConfirmed(account.Id, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Signs in with e-mail and password, beginning <paramref name="started"/>: the signed-in principal, or
    /// <see cref="WrongCredentials"/> (also for an unknown address and a locked account, after the same work), or
    /// a refusal for an unconfirmed address.
    /// </summary>
    public static async Task<Result<ClaimsPrincipal>> SignInAsync(
        AccountEndpoints.SignInRequest body,
        AccountSession started,
        IDocumentSession session,
        IPasswordHasher<Account> hasher,
        TimeProvider clock,
        CancellationToken ct)
    {
        var account = await AccountEndpoints.FindAsync(session, body.Email, ct);
        if (account is null)
        {
            UnknownAccount.VerifyPassword(hasher, body.Password); // as long as a wrong password takes: time tells nothing
            return Refusal.Forbidden(WrongCredentials);
        }
        (var outcome, account) = await SignInAttempt.RecordAsync(session, account, body.Password, started, hasher, clock, ct);
        return outcome switch
        {
            AccountRules.SignInOutcome.Success => AccountClaims.SignInPrincipal(account, started),
            // A locked account answers like a wrong password, so nobody learns that the address has an account; its
            // owner learns of the lock by mail (LockoutMailSubscription).
            AccountRules.SignInOutcome.LockedOut => Refusal.Forbidden(WrongCredentials),
            AccountRules.SignInOutcome.Unconfirmed => Refusal.Forbidden("organisations.email-unconfirmed"),
            _ => Refusal.Forbidden(WrongCredentials),
        };
    }
}
