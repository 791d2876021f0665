using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>
/// KPIs for the funding body by program and month, plus a total per program over the whole period:
/// organisations reached (distinct organisations with any interaction with the program's offerings),
/// participations (completed participations), feedback answers and mean satisfaction (1–5). The program
/// comes from <c>OfferingPublished.ProgramId</c>; offerings published without one count under the empty id (all zeros).
/// Beside the actuals: the share of answers rating 4 or 5 (the satisfaction target's measure), and on each program's total
/// line its targets from the catalog (<see cref="IProgramDirectory"/>; empty when the catalog does not know the program).
/// </summary>
internal static class ProgramKpis
{
    public const string Header = "program_id,period,organisations_reached,participations,feedback_answers,satisfaction_mean,satisfied_share,"
        + "target_organisations_reached,target_participations,target_satisfied_share";

    public static void MapProgramKpis(this IEndpointRouteBuilder api) =>
        api.MapGet("/kpis.csv", Export).RequireAuthorization(Policies.Staff).WithName("ResearchProgramKpis");

    private static async Task<IResult> Export(
        string? from, string? to, NpgsqlDataSource database, ResearchSchema schema, ITexts texts, IServiceProvider services, CancellationToken ct)
    {
        var (start, end, problems) = ReportEndpoints.ParsePeriod(from, to, texts);
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var s = schema.Name;
        var (i, c, f) = (ResearchTables.Interactions, ResearchTables.CountedInteractions, ResearchTables.Feedback);
        // Facts are one row per topic: participations count events, not rows. Offerings without a program count under the empty id.
        const string NoProgram = "'00000000-0000-0000-0000-000000000000'";
        await using var command = database.CreateCommand(
            $"with facts as (select coalesce({i.ProgramId}, {NoProgram}) program_id, {i.Month} as month, {i.OrganisationPseudonym} "
            + "as organisation_pseudonym, "
            + $"{i.EventId} as event_id, {i.Kind} as kind from {s}.{i} where {i.OccurredAt} >= $1 and {i.OccurredAt} < $2 "
            // Organisations without research consent count as participations, not as organisations reached.
            + $"union all select coalesce({c.ProgramId}, {NoProgram}), {c.Month}, null, {c.EventId}, {c.Kind} from {s}.{c} "
            + $"where {c.OccurredAt} >= $1 and {c.OccurredAt} < $2), "
            + $"answers as (select coalesce({f.ProgramId}, {NoProgram}) program_id, {f.Month} as month, {f.Satisfaction} as satisfaction "
            + $"from {s}.{f} "
            + $"where {f.AnsweredAt} >= $1 and {f.AnsweredAt} < $2), "
            + "f as (select program_id, coalesce(month, 'total') period, count(distinct organisation_pseudonym) reached, "
            + "count(distinct event_id) filter (where kind = 'completed') participations from facts "
            + "group by grouping sets ((program_id, month), (program_id))), "
            + "a as (select program_id, coalesce(month, 'total') period, count(*) answers, avg(satisfaction) satisfaction, "
            + "100.0 * count(*) filter (where satisfaction >= 4) / nullif(count(*), 0) satisfied from answers "
            + "group by grouping sets ((program_id, month), (program_id))) "
            + "select * from (select coalesce(f.program_id, a.program_id) program, coalesce(f.period, a.period) period, coalesce(f.reached, 0)::int "
            + "reached, coalesce(f.participations, 0)::int participations, "
            + "coalesce(a.answers, 0)::int answers, a.satisfaction::float8 satisfaction, a.satisfied::float8 satisfied "
            + "from f full join a on f.program_id = a.program_id and f.period = a.period) r "
            + "order by program, period = 'total', period");
        command.Parameters.AddWithValue(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        command.Parameters.AddWithValue(new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var directory = services.GetService<IProgramDirectory>();
        var targets = new Dictionary<Guid, ProgramTargets?>();
        async Task<ProgramTargets?> TargetsAsync(Guid program)
        {
            if (!targets.TryGetValue(program, out var found))
            {
                found = targets[program] = directory is null ? null : (await directory.FindAsync(program, ct))?.Targets;
            }
            return found;
        }

        var csv = new StringBuilder(Header).Append('\n');
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            csv.Append(reader.IsDBNull(0) ? "" : reader.GetGuid(0).ToString()).Append(',')
                .Append(reader.GetString(1)).Append(',')
                .Append(reader.GetInt32(2).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(reader.GetInt32(3).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(reader.GetInt32(4).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(reader.IsDBNull(5) ? "" : reader.GetDouble(5).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(reader.IsDBNull(6) ? "" : reader.GetDouble(6).ToString("0.0", CultureInfo.InvariantCulture)).Append(',');
            var target = reader.GetString(1) == "total" && !reader.IsDBNull(0) ? await TargetsAsync(reader.GetGuid(0)) : null;
            csv.Append(target is null
                ? ",,"
                : FormattableString.Invariant($"{target.OrganisationsReached},{target.Participations},{target.SatisfiedShare}")).Append('\n');
        }
        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"kpis-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv");
    }
}
