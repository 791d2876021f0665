using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// Answering a survey, shared by the mailed link's API (<see cref="SurveyEndpoints"/>) and the pages
/// (<see cref="SurveyPages"/>, <see cref="SurveyTokenPages"/>). One answer per participation: a retry with the same
/// answer succeeds again, a different second answer is refused.
/// </summary>
internal static class SurveyHandlers
{
    /// <summary>Records the answer to a survey found by its mailed token or, on the feedback page, by its participation.</summary>
    public static Task<Refusal?> AnswerAsync(
        SurveyEndpoints.Survey survey, SurveyAnswer body, ResearchSchema schema, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        AnswerAsync(survey, body, schema, store, clock.GetUtcNow(), ct);

    /// <summary>Records the answer as given at <paramref name="now"/> (the demo's history answers in the past).</summary>
    public static async Task<Refusal?> AnswerAsync(
        SurveyEndpoints.Survey survey, SurveyAnswer body, ResearchSchema schema, IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        if (body.Check() is { } invalid)
        {
            return invalid;
        }
        var streamId = Ids.Derived("research-feedback", survey.ParticipationId);
        await using var session = store.LightweightSession();
        if (survey.Answered)
        {
            return await SameAnswerAsync(session, streamId, body, ct);
        }
        var given = new FeedbackGiven(survey.ParticipationId, survey.OrganisationId, survey.OfferingId, survey.OfferingType, survey.Topics,
            body.Satisfaction!.Value, body.Usefulness!.Value, body.Recommendation!.Value, body.WantedTopics, now);
        session.Events.StartStream(streamId, given);
        var surveys = ResearchTables.Surveys;
        session.QueueSqlCommand(
            $"update {schema.Name}.{surveys} set {surveys.AnsweredAt} = ? where {surveys.ParticipationId} = ?", now, survey.ParticipationId);
        if (!string.IsNullOrWhiteSpace(body.FreeText))
        {
            // Held for staff review; never in the event history, never in an analyst's view unreviewed.
            var t = ResearchTables.FeedbackTexts;
            var insert = Insert.Into(
                $"{schema.Name}.{t}", t.ParticipationId, t.CommentId, t.OrganisationId, t.OfferingType, t.Month, t.Text, t.Status);
            session.QueueSqlCommand(
                $"{insert.Parameters} on conflict do nothing",
                survey.ParticipationId,
                Guid.NewGuid(),
                survey.OrganisationId,
                survey.OfferingType,
                ResearchWriter.Month(now),
                body.FreeText.Trim(),
                "pending");
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
        return null;
    }

    private static async Task<Refusal?> SameAnswerAsync(IDocumentSession session, Guid streamId, SurveyAnswer body, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        return events.Select(e => e.Data).OfType<FeedbackGiven>().FirstOrDefault() is { } given && body.SameAs(given)
            ? null
            : Refusal.Conflict("research.survey-answered");
    }
}
