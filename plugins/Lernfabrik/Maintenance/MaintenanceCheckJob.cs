using Lernfabrik.Plugin.Stations;
using Marten;
using Quartz;

namespace Lernfabrik.Plugin.Maintenance;

/// <summary>Records a station's maintenance check. A job type from a plugin load context.</summary>
internal sealed class MaintenanceCheckJob(ISessionFactory sessions, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("maintenance-check", "lernfabrik");
    public const string StationId = "stationId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(StationId)!);
        // Opened here, inside the firing, so the events carry the firing's correlation id.
        await using var session = sessions.OpenSession();
        session.Events.Append(id, new StationMaintained(id, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
    }
}
