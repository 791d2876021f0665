namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record AccountLockedOut(Guid AccountId, DateTimeOffset Until);
