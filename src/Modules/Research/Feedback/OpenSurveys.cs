using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>The surveys an organisation has not answered yet, for its members' feedback page (signed in, no token needed).</summary>
internal static class OpenSurveys
{
    /// <summary>As long as a mailed survey would still be sent: participations of the last 30 days.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);

    public static async Task<IReadOnlyList<SurveyEndpoints.Survey>> OfAsync(
        NpgsqlDataSource database, ResearchSchema schema, Guid organisationId, DateTimeOffset now, Guid? participationId, CancellationToken ct)
    {
        var s = ResearchTables.Surveys;
        await using var command = database.CreateCommand(
            $"select {SurveyEndpoints.Survey.Columns} from {schema.Name}.{s} where {s.OrganisationId} = $1 and {s.AnsweredAt} is null "
            + $"and {s.CompletedAt} > $2 and ($3::uuid is null or {s.ParticipationId} = $3) order by {s.CompletedAt} desc limit 50");
        command.Parameters.AddWithValue(organisationId);
        command.Parameters.AddWithValue(now - OpenFor);
        command.Parameters.Add(
            new NpgsqlParameter { Value = (object?)participationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var open = new List<SurveyEndpoints.Survey>();
        while (await reader.ReadAsync(ct))
        {
            open.Add(SurveyEndpoints.Survey.Read(reader));
        }
        return open;
    }
}
