using System.Net.Mail;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>Pure rules of accounts: what a valid address and a strong enough password are, and sign-in outcomes.</summary>
internal static class AccountRules
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 10;

    private static readonly string[] Common = ["passwort123", "password123", "1234567890", "qwertz1234", "qwerty1234", "kompetenzzentrum"];

    public static bool IsValidEmail(string? email) =>
        email is { Length: > 3 and <= 254 }
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    /// <summary>Null when strong enough, else why not, as an error of <paramref name="field"/>.</summary>
    public static FieldError? PasswordWeakness(string? password, string? email, string field = "password")
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            return new(field, "organisations.password-too-short", TextArgs.Of(("min", MinPasswordLength)));
        }
        if (password.Length > 200)
        {
            return new(field, "organisations.password-too-long");
        }
        var classes = new[]
        {
            password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(x => x);
        if (classes < 3)
        {
            return new(field, "organisations.password-too-simple");
        }
        if (Common.Contains(password.ToLowerInvariant()))
        {
            return new(field, "organisations.password-too-common");
        }
        var local = email?.Split('@')[0];
        return local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase)
            ? new FieldError(field, "organisations.password-contains-email")
            : null;
    }

    public enum SignInOutcome
    {
        Success,
        WrongPassword,
        LockedOut,
        Unconfirmed,
    }

    /// <summary>Decides a sign-in attempt and the events it records; a successful one begins <paramref name="session"/>.</summary>
    public static (SignInOutcome Outcome, object[] Events) SignIn(
        Account account, bool passwordMatches, DateTimeOffset now, AccountSession? session = null)
    {
        if (account.Locked || account.LockedUntil is { } until && until > now)
        {
            return (SignInOutcome.LockedOut, []);
        }
        if (!passwordMatches)
        {
            var failed = new SignInFailed(account.Id, now);
            return account.FailedSignIns + 1 >= MaxFailedSignIns
                ? (SignInOutcome.LockedOut, [failed, new AccountLockedOut(account.Id, now + LockoutDuration)])
                : (SignInOutcome.WrongPassword, [failed]);
        }
        return account.EmailConfirmed
            ? (SignInOutcome.Success,
                [new SignedIn(account.Id, now) { SessionId = session?.Id, ExpiresAt = session?.ExpiresAt, Device = session?.Device }])
            : (SignInOutcome.Unconfirmed, []);
    }
}
