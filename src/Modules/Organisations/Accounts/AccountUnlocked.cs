namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>A platform administrator (<paramref name="By"/>) unlocked the account; a lockout after failed sign-ins ends too.</summary>
internal sealed record AccountUnlocked(Guid AccountId, Guid By, DateTimeOffset At);
