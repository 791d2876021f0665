namespace KzPlugin.Stations;

/// <summary>A station's maintenance check ran (<see cref="Maintenance.MaintenanceCheckJob"/>).</summary>
internal sealed record StationMaintained(Guid StationId, DateTimeOffset CheckedAt);
