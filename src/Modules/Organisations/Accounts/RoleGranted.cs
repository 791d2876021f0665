namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record RoleGranted(Guid AccountId, string Role, string? PartnerCenter);
