using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>Needs reports for staff: on demand for any period, or the stored ones (monthly job or POST).</summary>
internal static class ReportEndpoints
{
    public sealed record Period(string? From, string? To);

    public static void MapReports(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports").RequireAuthorization(Policies.Staff);
        group.MapGet("/needs", Render).RequireAuthorization(Policies.Staff).WithName("ResearchRenderNeedsReport");
        group.MapPost("/needs", Store).RequireAuthorization(Policies.Staff).WithName("ResearchStoreNeedsReport");
        group.MapGet("/", List).RequireAuthorization(Policies.Staff).WithName("ResearchListReports");
        group.MapGet("/{id:guid}", Show).RequireAuthorization(Policies.Staff).WithName("ResearchShowReport");
    }

    /// <summary>Parses an inclusive period of at most five years; the problems name the field, in the request's language.</summary>
    public static (DateOnly From, DateOnly To, FieldProblems Problems) ParsePeriod(string? from, string? to, ITexts texts)
    {
        var problems = new FieldProblems();
        var hasFrom = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
        var hasTo = DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end);
        if (!hasFrom)
        {
            problems.Add("from", texts.Get("research.report.date-required"));
        }
        if (!hasTo)
        {
            problems.Add("to", texts.Get("research.report.date-required"));
        }
        if (hasFrom && hasTo && end < start)
        {
            problems.Add("to", texts.Get("research.report.to-before-from"));
        }
        if (hasFrom && hasTo && end > start.AddYears(5))
        {
            problems.Add("to", texts.Get("research.report.at-most-five-years"));
        }
        return (start, end, problems);
    }

    private static async Task<IResult> Render(string? from, string? to, string? language, NeedsReports reports, ITexts texts, CancellationToken ct)
    {
        var (start, end, problems) = ParsePeriod(from, to, texts);
        if (language is not (null or "de" or "en"))
        {
            problems.Add("language", texts.Get("research.report.language-unknown"));
        }
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        try
        {
            return SandboxedHtml.Result(await reports.RenderAsync(start, end, language ?? "de", ct));
        }
        catch (TemplateRenderException ex)
        {
            return TemplateFailed(ex, texts);
        }
    }

    // A staff override that passed its test render can still fail with real figures (a limit, say).
    private static IResult TemplateFailed(TemplateRenderException ex, ITexts texts) =>
        Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity, title: texts.Get("research.report.template-failed"), detail: ex.Message);

    private static async Task<IResult> Store(Period body, NeedsReports reports, ITexts texts, CancellationToken ct)
    {
        var (start, end, problems) = ParsePeriod(body.From, body.To, texts);
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        try
        {
            var id = await reports.StoreAsync(start, end, ct);
            return Results.Created($"/api/research/reports/{id}", new { id });
        }
        catch (TemplateRenderException ex)
        {
            return TemplateFailed(ex, texts);
        }
    }

    private static async Task<IResult> List(NpgsqlDataSource database, ResearchSchema schema, CancellationToken ct)
    {
        var r = ResearchTables.Reports;
        await using var command = database.CreateCommand(
            $"select {r.Id}, {r.PeriodFrom}, {r.PeriodTo}, {r.CreatedAt} from {schema.Name}.{r} order by {r.CreatedAt} desc limit 200");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new
            {
                id = reader.GetGuid(0),
                from = reader.GetFieldValue<DateOnly>(1),
                to = reader.GetFieldValue<DateOnly>(2),
                createdAt = reader.GetFieldValue<DateTimeOffset>(3),
            });
        }
        return Results.Ok(rows);
    }

    private static async Task<IResult> Show(Guid id, NpgsqlDataSource database, ResearchSchema schema, CancellationToken ct)
    {
        var r = ResearchTables.Reports;
        await using var command = database.CreateCommand($"select {r.Html} from {schema.Name}.{r} where {r.Id} = $1");
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(ct) is string html ? SandboxedHtml.Result(html) : Results.NotFound();
    }
}
