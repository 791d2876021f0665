using Kompetenzzentrum.Host.Persistence;
using Kompetenzzentrum.Host.Plugins;
using Quartz;

namespace Kompetenzzentrum.Host.Scheduling;

/// <summary>One clustered Quartz scheduler on PostgreSQL; its tables are created at start.</summary>
internal static class QuartzSetup
{
    public static void AddScheduling(this IServiceCollection services, DatabaseSettings settings, ModuleRegistry modules)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UseTypeLoader<PluginTypeLoader>();
            quartz.AddJobMiddleware<OperationContextMiddleware>();
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(settings.SchemaConnectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(_ => { });
                store.ProvisionSchema();
            });
            modules.ForEachLoaded(m => m.ConfigureJobs(quartz));
            // A plugin job that throws marks its plugin degraded.
            quartz.AddJobListener(new PluginJobListener(modules), [GroupMatcher<JobKey>.AnyGroup()]);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }
}
