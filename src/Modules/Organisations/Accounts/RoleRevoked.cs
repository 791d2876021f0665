namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record RoleRevoked(Guid AccountId, string Role);
