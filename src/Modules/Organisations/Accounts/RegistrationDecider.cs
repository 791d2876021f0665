using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>Registering an account as pure decisions: what is wrong with the input, and the events of a new account.</summary>
internal static class RegistrationDecider
{
    /// <summary>The input's field errors, or null when it may register.</summary>
    public static Refusal? Check(AccountEndpoints.Register body)
    {
        var email = body.Email?.Trim();
        var errors = new List<FieldError>();
        if (!AccountRules.IsValidEmail(email))
        {
            errors.Add(new FieldError("email", "organisations.email-invalid"));
        }
        if (string.IsNullOrWhiteSpace(body.DisplayName) || body.DisplayName.Length > 120)
        {
            errors.Add(new FieldError("displayName", "organisations.display-name-required"));
        }
        if (!body.AcceptTerms)
        {
            errors.Add(new FieldError("acceptTerms", "organisations.terms-required"));
        }
        if (AccountRules.PasswordWeakness(body.Password, email) is { } weakness)
        {
            errors.Add(weakness);
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }

    /// <summary>The events of a new account with the checked input, its password hash and confirmation token hash.</summary>
    public static IReadOnlyList<object> Register(
        AccountEndpoints.Register body, Guid id, string normalizedEmail, string passwordHash, string tokenHash, DateTimeOffset now)
    {
        var events = new List<object>
        {
            new AccountRegistered(id, normalizedEmail, body.DisplayName!.Trim(), passwordHash, tokenHash, now),
            new TermsAccepted(id, AccountEndpoints.TermsVersion, now),
        };
        if (body.ResearchConsent)
        {
            events.Add(new ResearchConsentGiven(id, AccountEndpoints.TermsVersion, now));
        }
        return events;
    }
}
