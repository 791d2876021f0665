namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record PasswordResetRequested(Guid AccountId, string TokenHash, DateTimeOffset ExpiresAt);
