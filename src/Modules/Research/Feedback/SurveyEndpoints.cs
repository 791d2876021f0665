using Kompetenzzentrum.Contracts.Kernel;
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

    internal sealed record Survey(Guid ParticipationId, Guid OrganisationId, Guid OfferingId, string OfferingType, string[] Topics, bool Answered, DateTimeOffset CompletedAt)
    {
        /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
        public static string Columns { get; } = $"{S.ParticipationId}, {S.OrganisationId}, {S.OfferingId}, {S.OfferingType}, {S.Topics}, {S.AnsweredAt} is not null, {S.CompletedAt}";

        private static SurveysTable S => ResearchTables.Surveys;

        public static Survey Read(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3),
            reader.GetFieldValue<string[]>(4), reader.GetBoolean(5), reader.GetFieldValue<DateTimeOffset>(6));
    }

    private static async Task<IResult> Show(string token, NpgsqlDataSource database, ResearchSchema schema, CancellationToken ct) =>
        await FindAsync(database, schema, token, ct) is { } survey
            ? Results.Ok(new { offeringType = survey.OfferingType, topics = survey.Topics, answered = survey.Answered })
            : Results.NotFound();

    private static async Task<IResult> Answer(string token, SurveyAnswer body, NpgsqlDataSource database, ResearchSchema schema,
        IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        await FindAsync(database, schema, token, ct) is { } survey
            ? await AnswerAsync(survey, body, schema, store, clock, ct)
            : Results.NotFound();

    /// <summary>Records the answer to a survey found by its mailed token or, on the feedback page, by its participation.</summary>
    internal static async Task<IResult> AnswerAsync(Survey survey, SurveyAnswer body, ResearchSchema schema, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var problems = body.Validate();
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var streamId = Ids.Derived("research-feedback", survey.ParticipationId);
        await using var session = store.LightweightSession();
        if (survey.Answered)
        {
            return await SameAnswerAsync(session, streamId, body, ct);
        }
        var now = clock.GetUtcNow();
        var given = new FeedbackGiven(survey.ParticipationId, survey.OrganisationId, survey.OfferingId, survey.OfferingType, survey.Topics,
            body.Satisfaction!.Value, body.Usefulness!.Value, body.Recommendation!.Value, body.WantedTopics, now);
        session.Events.StartStream(streamId, given);
        var surveys = ResearchTables.Surveys;
        session.QueueSqlCommand($"update {schema.Name}.{surveys} set {surveys.AnsweredAt} = ? where {surveys.ParticipationId} = ?", now, survey.ParticipationId);
        if (!string.IsNullOrWhiteSpace(body.FreeText))
        {
            // Held for staff review; never in the event history, never in an analyst's view unreviewed.
            var t = ResearchTables.FeedbackTexts;
            session.QueueSqlCommand(
                $"{Insert.Into($"{schema.Name}.{t}", t.ParticipationId, t.CommentId, t.OrganisationId, t.OfferingType, t.Month, t.Text, t.Status).Parameters} on conflict do nothing",
                survey.ParticipationId, Guid.NewGuid(), survey.OrganisationId, survey.OfferingType, ResearchWriter.Month(now), body.FreeText.Trim(), "pending");
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // A concurrent answer won.
            await using var again = store.LightweightSession();
            return await SameAnswerAsync(again, streamId, body, ct);
        }
        return Results.Ok(new { answered = true });
    }

    private static async Task<IResult> SameAnswerAsync(IDocumentSession session, Guid streamId, SurveyAnswer body, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        return events.Select(e => e.Data).OfType<FeedbackGiven>().FirstOrDefault() is { } given && body.SameAs(given)
            ? Results.Ok(new { answered = true })
            : Results.Problem(statusCode: 409, title: "This survey was already answered.");
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
