namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// A platform administrator created a center, or the host created the default center on upgrade
/// (<paramref name="IsDefault"/>: the home of the data that existed before centers, and the fallback of resolution).
/// </summary>
internal sealed record CenterCreated(Guid CenterId, CenterDetails Details, bool IsDefault, DateTimeOffset At);
