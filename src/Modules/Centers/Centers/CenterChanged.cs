namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>A platform administrator changed a center's description (a whole replacement).</summary>
internal sealed record CenterChanged(Guid CenterId, CenterDetails Details, DateTimeOffset At);
