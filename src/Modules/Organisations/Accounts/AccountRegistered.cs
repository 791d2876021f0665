namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record AccountRegistered(
    Guid AccountId,
    string Email,
    string DisplayName,
    string PasswordHash,
    string ConfirmationTokenHash,
    DateTimeOffset RegisteredAt);
