using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Fires a Quartz job by hand and waits until that very run has finished, so a test can assert what the run did not
/// do (no mail) without waiting an arbitrary time.
/// </summary>
public static class JobRuns
{
    private const string RunKey = "test-run";

    /// <summary>Runs the job once with this data and waits for its end (at most a minute).</summary>
    public static async Task RunJobAsync(this HostFixture host, JobKey job, JobDataMap? data = null)
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var run = Guid.NewGuid().ToString("N");
        var listener = new RunListener(run);
        scheduler.ListenerManager.AddJobListener(listener, Matchers.Key(job));
        try
        {
            var map = new JobDataMap();
            foreach (var (key, value) in data ?? new JobDataMap())
            {
                map[key] = value;
            }
            map[RunKey] = run;
            await scheduler.TriggerJob(job, map);
            await listener.Finished.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(listener.Name);
        }
    }

    private sealed class RunListener(string run) : IJobListener
    {
        public string Name { get; } = "test-run-" + run;

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(
            IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.MergedJobDataMap.GetString(RunKey) == run)
            {
                Finished.TrySetResult();
            }
            return ValueTask.CompletedTask;
        }
    }
}
