using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>Renders the needs report for a period (dates inclusive, UTC) and stores it for staff.</summary>
internal sealed class NeedsReports(
    NeedsReportQueries queries, ITemplateRenderer templates, NpgsqlDataSource database, ResearchSchema schema, TimeProvider clock)
{
    public async Task<string> RenderAsync(DateOnly from, DateOnly to, string language, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var previous = start - (end - start);
        var figures = await queries.LoadAsync(start, end, previous, ct);
        var model = NeedsReportBuilder.Build(from, to, DateOnly.FromDateTime(previous.UtcDateTime), figures);
        return await templates.RenderAsync(NeedsReportTemplate.Key, language, model, ct);
    }

    public async Task<Guid> StoreAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var html = await RenderAsync(from, to, "de", ct);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var r = ResearchTables.Reports;
        await using var command = database.CreateCommand(
            Insert.Into($"{schema.Name}.{r}", r.Id, r.PeriodFrom, r.PeriodTo, r.CreatedAt, r.Html).Values);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(html);
        await command.ExecuteNonQueryAsync(ct);
        return id;
    }
}
