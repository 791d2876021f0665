using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Modules.Organisations.Notifications;
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

    /// <summary>Locked by a platform administrator until one unlocks it (unlike <see cref="LockedUntil"/>, which ends by itself).</summary>
    public bool Locked { get; init; }
    public List<string> Roles { get; init; } = [];
    public string? PartnerCenter { get; init; }

    /// <summary>The center (short name) a staff, analyst or partner-staff account belongs to; null: the default center.</summary>
    public string? Center { get; init; }
    public Guid? OrganisationId { get; init; }
    public bool IsOrganisationAdmin { get; init; }
    public string? TermsVersion { get; init; }
    public string? ResearchConsentVersion { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    public bool Erased { get; init; }

    /// <summary>The reminder-type mails the person chose not to receive; empty (the default) receives them all.</summary>
    public List<NotificationKind> MutedNotifications { get; init; } = [];

    /// <summary>
    /// Changes whenever every session must end (password, lockout, roles, erasure, sign-out everywhere); a session carries
    /// the stamp it began with.
    /// </summary>
    public int SecurityStamp { get; init; }

    /// <summary>The signed-in sessions not yet ended or expired; a cookie or token whose session is not here is refused.</summary>
    public List<AccountSession> Sessions { get; init; } = [];
}

/// <summary>One sign-in's session: its id (a claim of the cookie or token), when it began and ends, the device coarsely.</summary>
internal sealed record AccountSession(Guid Id, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, string Device);

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
        EndSessions(a) with { PasswordHash = e.PasswordHash, ResetTokenHash = null, ResetExpiresAt = null, FailedSignIns = 0, LockedUntil = null };

    public static Account Apply(SignedIn e, Account a) => a with
    {
        FailedSignIns = 0,
        LastSignInAt = e.At,
        // Expired sessions leave the list when a new one starts, so it stays as short as the sessions alive.
        Sessions = [.. a.Sessions.Where(s => s.ExpiresAt > e.At),
            .. e.SessionId is { } id ? [new AccountSession(id, e.At, e.ExpiresAt ?? e.At, e.Device ?? "")] : Array.Empty<AccountSession>()],
    };

    public static Account Apply(SignedOut e, Account a) => a with { Sessions = [.. a.Sessions.Where(s => s.Id != e.SessionId)] };

    public static Account Apply(SignedOutEverywhere e, Account a) => EndSessions(a);

    public static Account Apply(SignInFailed e, Account a) => a with { FailedSignIns = a.FailedSignIns + 1 };

    public static Account Apply(AccountLockedOut e, Account a) => EndSessions(a) with { LockedUntil = e.Until, FailedSignIns = 0 };

    public static Account Apply(AccountLocked e, Account a) => EndSessions(a) with { Locked = true };

    public static Account Apply(AccountUnlocked e, Account a) => a with { Locked = false, LockedUntil = null, FailedSignIns = 0 };

    public static Account Apply(ConfirmationReissued e, Account a) => a with { ConfirmationTokenHash = e.TokenHash };

    public static Account Apply(RoleGranted e, Account a) =>
        EndSessions(a) with
        {
            Roles = a.Roles.Append(e.Role).Distinct().ToList(),
            PartnerCenter = e.PartnerCenter ?? a.PartnerCenter,
            Center = e.Center ?? a.Center
        };

    public static Account Apply(RoleRevoked e, Account a) => EndSessions(a) with { Roles = a.Roles.Where(r => r != e.Role).ToList() };

    public static Account Apply(JoinedOrganisation e, Account a) => a with { OrganisationId = e.OrganisationId, IsOrganisationAdmin = e.IsAdmin };

    public static Account Apply(OrganisationAdminChanged e, Account a) => a with { IsOrganisationAdmin = e.IsAdmin };

    public static Account Apply(LeftOrganisation e, Account a) => a with { OrganisationId = null, IsOrganisationAdmin = false };

    public static Account Apply(TermsAccepted e, Account a) => a with { TermsVersion = e.Version };

    public static Account Apply(ResearchConsentGiven e, Account a) => a with { ResearchConsentVersion = e.Version };

    public static Account Apply(ResearchConsentWithdrawn e, Account a) => a with { ResearchConsentVersion = null };

    public static Account Apply(NotificationPreferencesChanged e, Account a) => a with { MutedNotifications = [.. e.Muted] };

    public static Account Apply(AccountErased e, Account a) => EndSessions(a) with
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

    // A stolen cookie or token must not outlive a change of who may do what: every session ends, the stamp moves on.
    private static Account EndSessions(Account a) => a with { Sessions = [], SecurityStamp = a.SecurityStamp + 1 };
}
