namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// A platform administrator granted a role; <paramref name="Center"/>: the center (short name) the account now belongs to, if named.
/// </summary>
internal sealed record RoleGranted(Guid AccountId, string Role, string? PartnerCenter, string? Center = null);
