namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>A platform administrator (<paramref name="By"/>) locked the account: it cannot sign in, its sessions ended.</summary>
internal sealed record AccountLocked(Guid AccountId, Guid By, DateTimeOffset At);
