using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// The query behind every output of the funder report (xlsx, CSV, printable page): the program from the catalog, the
/// period decided from the request, the figures from PostgreSQL, the lines built and suppressed.
/// </summary>
internal sealed class FunderReports(IServiceProvider services, FunderReportQueries queries)
{
    public sealed record Request(Guid ProgramId, string? Period, string? From, string? To);

    public async Task<Result<FunderReportModel>> LoadAsync(Request request, CancellationToken ct)
    {
        // The catalog keeps the programs; without it there is no program to report on.
        var directory = services.GetService<IProgramDirectory>();
        if (directory is null || await directory.FindAsync(request.ProgramId, ct) is not { } program)
        {
            return Refusal.NotFound("research.funder.program-not-found");
        }
        var period = ReportPeriod.Decide(request.Period, request.From, request.To, program.Starts, program.Ends);
        if (period.Refusal is { } refused)
        {
            return refused;
        }
        var (from, to) = period.Value;
        var figures = await queries.LoadAsync(program.ProgramId, Start(from), Start(to.AddDays(1)), ct);
        return FunderReportBuilder.Build(program, from, to, figures);
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
