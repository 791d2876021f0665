using Quartz;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Marks a plugin degraded when one of its Quartz jobs threw. The scheduler already keeps a failing job to itself
/// (other jobs fire as before); this listener makes the failure visible on <c>/api/modules</c> and the modules page.
/// </summary>
internal sealed class PluginJobListener(ModuleRegistry modules) : IJobListener
{
    public string Name => "kz-plugin-isolation";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is not null && modules.PluginOf(context.JobInstance.GetType()) is { } plugin)
        {
            plugin.Degrade($"job {context.JobDetail.Key} threw {ModuleDiscovery.Describe(jobException.GetBaseException())}");
        }
        return ValueTask.CompletedTask;
    }
}
