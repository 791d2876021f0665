namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record EmailConfirmed(Guid AccountId, DateTimeOffset ConfirmedAt);
