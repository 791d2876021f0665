namespace Kompetenzzentrum.Contracts.Centers;

/// <summary>The center an address reaches and, when its path prefix decided, that prefix (the host moves it into the PathBase).</summary>
/// <param name="Center">The center reached.</param>
/// <param name="PathPrefix">The path prefix that reached it (<c>lausitz</c> of <c>/lausitz/katalog</c>), else null.</param>
public sealed record CenterMatch(CenterIdentity Center, string? PathPrefix);
