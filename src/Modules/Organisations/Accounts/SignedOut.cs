namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>One session was signed out (this device).</summary>
internal sealed record SignedOut(Guid AccountId, Guid SessionId, DateTimeOffset At);
