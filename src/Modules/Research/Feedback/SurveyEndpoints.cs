using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// The survey behind the mailed link. Anonymous: the random token is the credential. One answer per
/// participation: a retry with the same answer gets the same 200, a different second answer 409.
/// </summary>
internal static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder api)
    {
        api.MapGet("/surveys/{token}", Show).AllowAnonymous().WithName("ResearchShowSurvey");
        api.MapPost("/surveys/{token}", Answer).AllowAnonymous().WithName("ResearchAnswerSurvey");
    }

    internal sealed record Survey(
        Guid ParticipationId,
        Guid OrganisationId,
        Guid OfferingId,
        string OfferingType,
        string[] Topics,
        bool Answered,
        DateTimeOffset CompletedAt)
    {
        /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
        public static string Columns { get; } = $"{S.ParticipationId}, {S.OrganisationId}, {S.OfferingId}, {S.OfferingType}, {S.Topics}, "
            + $"{S.AnsweredAt} is not null, {S.CompletedAt}";

        private static SurveysTable S => ResearchTables.Surveys;

        public static Survey Read(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3),
            reader.GetFieldValue<string[]>(4), reader.GetBoolean(5), reader.GetFieldValue<DateTimeOffset>(6));
    }

    private static async Task<IResult> Show(string token, NpgsqlDataSource database, ResearchSchema schema, CancellationToken ct) =>
        await FindAsync(database, schema, token, ct) is { } survey
            ? Results.Ok(new { offeringType = survey.OfferingType, topics = survey.Topics, answered = survey.Answered })
            : Results.NotFound();

    private static async Task<IResult> Answer(string token, SurveyAnswer body, NpgsqlDataSource database, ResearchSchema schema,
        IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        if (await FindAsync(database, schema, token, ct) is not { } survey)
        {
            return Results.NotFound();
        }
        return await SurveyHandlers.AnswerAsync(survey, body, schema, store, clock, ct) is { } refusal
            ? refusal.ToHttpResult()
            : Results.Ok(new { answered = true });
    }

    /// <summary>The survey of a mailed token, answered or not; null for an unknown token.</summary>
    internal static async Task<Survey?> FindAsync(NpgsqlDataSource database, ResearchSchema schema, string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
        {
            return null;
        }
        await using var command = database.CreateCommand(
            $"select {Survey.Columns} from {schema.Name}.{ResearchTables.Surveys} where {ResearchTables.Surveys.TokenHash} = $1");
        command.Parameters.AddWithValue(SurveyToken.Hash(token));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Survey.Read(reader) : null;
    }
}
