using Quartz;

namespace FaultyPlugin;

/// <summary>A plugin job that always throws.</summary>
public sealed class FailingJob : IJob
{
    public static readonly JobKey Key = new("failing", "faulty");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the partner's job is broken");
}
