using Kompetenzzentrum.Host.Persistence;
using Quartz;

namespace Kompetenzzentrum.Host.Scheduling;

/// <summary>Every job firing is one operation: its events carry the firing id as correlation and the job as user.</summary>
internal sealed class OperationContextMiddleware : IJobExecutionMiddleware
{
    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        var previous = OperationContext.Current;
        OperationContext.Current = new OperationContext(context.FireInstanceId, context.Trigger.Key.ToString(), $"job:{context.JobDetail.Key}");
        try
        {
            await next(context, cancellationToken);
        }
        finally
        {
            OperationContext.Current = previous;
        }
    }
}
