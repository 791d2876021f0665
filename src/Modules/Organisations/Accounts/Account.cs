using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>An account as sign-in and authorization need it; rebuilt from its stream.</summary>
internal sealed record Account
{
    public Guid Id { get; init; }
    public string? Email { get; init; }
    public string? NormalizedEmail { get; init; }
    public string DisplayName { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string? ConfirmationTokenHash { get; init; }
    public bool EmailConfirmed { get; init; }
    public string? ResetTokenHash { get; init; }
    public DateTimeOffset? ResetExpiresAt { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public List<string> Roles { get; init; } = [];
    public string? PartnerCenter { get; init; }
    public Guid? OrganisationId { get; init; }
    public bool IsOrganisationAdmin { get; init; }
    public string? TermsVersion { get; init; }
    public string? ResearchConsentVersion { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    public bool Erased { get; init; }
}

internal sealed partial class AccountProjection : SingleStreamProjection<Account, Guid>
{
    public static Account Create(AccountRegistered e) => new()
    {
        Id = e.AccountId,
        Email = e.Email,
        NormalizedEmail = e.Email.ToLowerInvariant(),
        DisplayName = e.DisplayName,
        PasswordHash = e.PasswordHash,
        ConfirmationTokenHash = e.ConfirmationTokenHash,
        RegisteredAt = e.RegisteredAt,
    };

    public static Account Apply(EmailConfirmed e, Account a) => a with { EmailConfirmed = true, ConfirmationTokenHash = null };

    public static Account Apply(PasswordResetRequested e, Account a) => a with { ResetTokenHash = e.TokenHash, ResetExpiresAt = e.ExpiresAt };

    public static Account Apply(PasswordChanged e, Account a) =>
        a with { PasswordHash = e.PasswordHash, ResetTokenHash = null, ResetExpiresAt = null, FailedSignIns = 0, LockedUntil = null };

    public static Account Apply(SignedIn e, Account a) => a with { FailedSignIns = 0, LastSignInAt = e.At };

    public static Account Apply(SignInFailed e, Account a) => a with { FailedSignIns = a.FailedSignIns + 1 };

    public static Account Apply(AccountLockedOut e, Account a) => a with { LockedUntil = e.Until, FailedSignIns = 0 };

    public static Account Apply(RoleGranted e, Account a) =>
        a with { Roles = a.Roles.Append(e.Role).Distinct().ToList(), PartnerCenter = e.PartnerCenter ?? a.PartnerCenter };

    public static Account Apply(RoleRevoked e, Account a) => a with { Roles = a.Roles.Where(r => r != e.Role).ToList() };

    public static Account Apply(JoinedOrganisation e, Account a) => a with { OrganisationId = e.OrganisationId, IsOrganisationAdmin = e.IsAdmin };

    public static Account Apply(LeftOrganisation e, Account a) => a with { OrganisationId = null, IsOrganisationAdmin = false };

    public static Account Apply(TermsAccepted e, Account a) => a with { TermsVersion = e.Version };

    public static Account Apply(ResearchConsentGiven e, Account a) => a with { ResearchConsentVersion = e.Version };

    public static Account Apply(ResearchConsentWithdrawn e, Account a) => a with { ResearchConsentVersion = null };

    public static Account Apply(AccountErased e, Account a) => a with
    {
        Email = null,
        NormalizedEmail = null,
        DisplayName = "",
        PasswordHash = "",
        ConfirmationTokenHash = null,
        ResetTokenHash = null,
        Roles = [],
        OrganisationId = null,
        IsOrganisationAdmin = false,
        Erased = true,
    };
}
