using System.Net.Mail;
using Kompetenzzentrum.Contracts.Kernel;

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

    /// <summary>Null when strong enough, else why not (German and English).</summary>
    public static LocalizedText? PasswordWeakness(string? password, string? email)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            return new($"Das Passwort braucht mindestens {MinPasswordLength} Zeichen.", $"The password needs at least {MinPasswordLength} characters.");
        }
        if (password.Length > 200)
        {
            return new("Das Passwort ist länger als 200 Zeichen.", "The password is longer than 200 characters.");
        }
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }.Count(x => x);
        if (classes < 3)
        {
            return new("Das Passwort braucht drei von: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen.",
                "The password needs three of: lower case, upper case, digits, other characters.");
        }
        if (Common.Contains(password.ToLowerInvariant()))
        {
            return new("Das Passwort ist zu verbreitet.", "The password is too common.");
        }
        var local = email?.Split('@')[0];
        return local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase)
            ? new LocalizedText("Das Passwort darf die E-Mail-Adresse nicht enthalten.", "The password must not contain the e-mail address.")
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
    public static (SignInOutcome Outcome, object[] Events) SignIn(Account account, bool passwordMatches, DateTimeOffset now, AccountSession? session = null)
    {
        if (account.LockedUntil is { } until && until > now)
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
            ? (SignInOutcome.Success, [new SignedIn(account.Id, now) { SessionId = session?.Id, ExpiresAt = session?.ExpiresAt, Device = session?.Device }])
            : (SignInOutcome.Unconfirmed, []);
    }
}
