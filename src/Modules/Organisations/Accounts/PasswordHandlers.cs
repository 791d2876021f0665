using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>Forgetting and resetting a password: typed outcomes with codes, for the API (<see cref="AccountEndpoints"/>).</summary>
internal static class PasswordHandlers
{
    /// <summary>The code of a reset link that is unknown or used already.</summary>
    public const string InvalidCode = "organisations.reset-invalid";

    /// <summary>The code of a reset link past its two hours.</summary>
    public const string ExpiredCode = "organisations.reset-expired";

    /// <summary>Mails a reset link when the address has an account; the same answer either way.</summary>
    public static async Task<Refusal?> ForgotAsync(
        AccountEndpoints.ForgotPassword body, IDocumentSession session, IMailSender mail, PublicLinks links, TimeProvider clock,
        CancellationToken ct)
    {
        if (!AccountRules.IsValidEmail(body.Email?.Trim()))
        {
            return Refusal.Invalid("email", "organisations.email-invalid");
        }
        var account = await AccountEndpoints.FindAsync(session, body.Email, ct);
        if (account is not null)
        {
            var token = Secrets.NewToken();
            await session.RetryOnConflictAsync(async attempt =>
            {
                session.Events.Append(account.Id, new PasswordResetRequested(account.Id, Secrets.Hash(token), clock.GetUtcNow().AddHours(2)));
                await session.SaveChangesAsync(attempt);
                return true;
            }, ct);
            var link = links.For(PasswordPages.ResetLink(account.Email!, token));
            await mail.SendAsync(AccountMails.PasswordReset(account.Email!, account.DisplayName, token, link), ct);
        }
        return null; // nobody learns which addresses have accounts
    }

    /// <summary>Sets a new password with the mailed reset token.</summary>
    public static async Task<Refusal?> ResetAsync(
        AccountEndpoints.ResetPassword body, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var account = await AccountEndpoints.FindAsync(session, body.Email, ct);
        var now = clock.GetUtcNow();
        if (account is null || !Secrets.Matches(body.Token, account.ResetTokenHash))
        {
            return Refusal.Invalid("token", InvalidCode); // unknown, or used already (a reset clears the token)
        }
        if (account.ResetExpiresAt < now)
        {
            return Refusal.Invalid("token", ExpiredCode);
        }
        if (AccountRules.PasswordWeakness(body.NewPassword, account.Email, "newPassword") is { } weakness)
        {
            return Refusal.Invalid([weakness]);
        }
        session.Events.Append(account.Id, new PasswordChanged(account.Id, hasher.HashPassword(account, body.NewPassword!), now));
        await session.SaveChangesAsync(ct);
        return null;
    }
}
