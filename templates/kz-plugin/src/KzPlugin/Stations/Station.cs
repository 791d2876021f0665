namespace KzPlugin.Stations;

/// <summary>A station as staff see it, kept by <see cref="StationProjection"/>.</summary>
internal sealed record Station(Guid Id, string Name, int Places, DateTimeOffset? LastMaintainedAt);
