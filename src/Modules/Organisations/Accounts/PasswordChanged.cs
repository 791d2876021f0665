namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record PasswordChanged(Guid AccountId, string PasswordHash, DateTimeOffset ChangedAt);
