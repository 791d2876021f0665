using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>On the first of each month, renders and stores the report of the month before.</summary>
[DisallowConcurrentExecution]
internal sealed class MonthlyNeedsReportJob(NeedsReports reports, TimeProvider clock, ILogger<MonthlyNeedsReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("needs-report-monthly", "research");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (from, to) = PreviousMonth(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var id = await reports.StoreAsync(from, to, cancellationToken);
        logger.LogInformation("Stored needs report {ReportId} for {From} to {To}", id, from, to);
    }

    public static (DateOnly From, DateOnly To) PreviousMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return (first.AddMonths(-1), first.AddDays(-1));
    }
}
