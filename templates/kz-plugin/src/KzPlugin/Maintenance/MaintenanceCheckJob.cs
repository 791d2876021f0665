using KzPlugin.Stations;
using Marten;
using Quartz;

namespace KzPlugin.Maintenance;

/// <summary>Records a station's maintenance check: a Quartz job of the plugin, run by the host's persistent scheduler.</summary>
internal sealed class MaintenanceCheckJob(ISessionFactory sessions, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("maintenance-check", "kzplugin");
    public const string StationId = "stationId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(StationId)!);
        await using var session = sessions.OpenSession();
        session.Events.Append(id, new StationMaintained(id, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
    }
}
