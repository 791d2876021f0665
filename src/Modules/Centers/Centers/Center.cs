namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// The read model of one center, keyed by its stream id. Short name, host name and path prefix of its details carry
/// unique indexes (a second center with the same address cannot be saved, even by two administrators at once).
/// </summary>
internal sealed record Center(Guid Id, CenterDetails Details, bool IsDefault, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
