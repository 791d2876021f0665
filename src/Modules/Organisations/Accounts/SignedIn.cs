namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record SignedIn(Guid AccountId, DateTimeOffset At)
{
    /// <summary>The session this sign-in began; null in events recorded before sessions were.</summary>
    public Guid? SessionId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Browser and system in a few words (see <see cref="Devices"/>).</summary>
    public string? Device { get; init; }
}
