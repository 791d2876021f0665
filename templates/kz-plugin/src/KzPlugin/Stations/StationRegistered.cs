namespace KzPlugin.Stations;

/// <summary>A station of the partner center was set up (the first event of its stream).</summary>
internal sealed record StationRegistered(Guid StationId, string Name, int Places);
