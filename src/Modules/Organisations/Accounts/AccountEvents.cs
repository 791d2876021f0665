namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record AccountRegistered(
    Guid AccountId,
    string Email,
    string DisplayName,
    string PasswordHash,
    string ConfirmationTokenHash,
    DateTimeOffset RegisteredAt);

internal sealed record EmailConfirmed(Guid AccountId, DateTimeOffset ConfirmedAt);

internal sealed record PasswordResetRequested(Guid AccountId, string TokenHash, DateTimeOffset ExpiresAt);

internal sealed record PasswordChanged(Guid AccountId, string PasswordHash, DateTimeOffset ChangedAt);

internal sealed record SignedIn(Guid AccountId, DateTimeOffset At)
{
    /// <summary>The session this sign-in began; null in events recorded before sessions were.</summary>
    public Guid? SessionId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Browser and system in a few words (see <see cref="Devices"/>).</summary>
    public string? Device { get; init; }
}

/// <summary>One session was signed out (this device).</summary>
internal sealed record SignedOut(Guid AccountId, Guid SessionId, DateTimeOffset At);

/// <summary>Every session of the account was signed out.</summary>
internal sealed record SignedOutEverywhere(Guid AccountId, DateTimeOffset At);

internal sealed record SignInFailed(Guid AccountId, DateTimeOffset At);

internal sealed record AccountLockedOut(Guid AccountId, DateTimeOffset Until);

internal sealed record RoleGranted(Guid AccountId, string Role, string? PartnerCenter);

internal sealed record RoleRevoked(Guid AccountId, string Role);

internal sealed record JoinedOrganisation(Guid AccountId, Guid OrganisationId, bool IsAdmin);

internal sealed record LeftOrganisation(Guid AccountId, Guid OrganisationId);

internal sealed record TermsAccepted(Guid AccountId, string Version, DateTimeOffset At);

internal sealed record ResearchConsentGiven(Guid AccountId, string Version, DateTimeOffset At);

internal sealed record ResearchConsentWithdrawn(Guid AccountId, DateTimeOffset At);

/// <summary>The account's personal data was erased (GDPR Art. 17); the event itself holds none.</summary>
internal sealed record AccountErased(Guid AccountId, DateTimeOffset At);
