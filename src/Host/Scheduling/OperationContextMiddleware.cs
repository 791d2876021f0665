using Kompetenzzentrum.Host.Persistence;
using Quartz;

namespace Kompetenzzentrum.Host.Scheduling;

/// <summary>
/// Every job firing is one operation: its events carry the firing id as correlation and the job as user, and its sessions open
/// the tenant of the center recorded in its data (<see cref="OperationContext.CenterKey"/>; none recorded: no center).
/// </summary>
internal sealed class OperationContextMiddleware : IJobExecutionMiddleware
{
    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        var previous = OperationContext.Current;
        OperationContext.Current = For(context);
        try
        {
            await next(context, cancellationToken);
        }
        finally
        {
            OperationContext.Current = previous;
        }
    }

    public static OperationContext For(IJobExecutionContext context) =>
        new(context.FireInstanceId, context.Trigger.Key.ToString(), $"job:{context.JobDetail.Key}",
            context.MergedJobDataMap.TryGetString(OperationContext.CenterKey, out var center) && !string.IsNullOrEmpty(center) ? center : null);
}
