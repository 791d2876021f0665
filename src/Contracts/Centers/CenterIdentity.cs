namespace Kompetenzzentrum.Contracts.Centers;

/// <summary>Who a center is, as other modules need it: its id, its unique short name (slug) and its name.</summary>
/// <param name="Id">The center's id (its stream id).</param>
/// <param name="ShortName">The unique short name, lower case, e.g. <c>lausitz</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="IsDefault">Whether it is the default center, the home of the data that existed before centers.</param>
public sealed record CenterIdentity(Guid Id, string ShortName, string Name, bool IsDefault);
