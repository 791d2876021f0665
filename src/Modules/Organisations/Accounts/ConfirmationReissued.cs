namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>A platform administrator (<paramref name="By"/>) sent a new confirmation code; the old one no longer counts.</summary>
internal sealed record ConfirmationReissued(Guid AccountId, string TokenHash, Guid By, DateTimeOffset At);
