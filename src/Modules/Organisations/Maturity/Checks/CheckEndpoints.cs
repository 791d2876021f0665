using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Take the check and read the latest result and the history. Members of the organisation and staff only.</summary>
internal static class CheckEndpoints
{
    public static void MapChecks(this IEndpointRouteBuilder api)
    {
        api.MapPost("/{organisationId:guid}/maturity/checks", TakeAsync).RequireOrganisationAccess().WithName("TakeMaturityCheck");
        api.MapGet("/{organisationId:guid}/maturity", LatestAsync).RequireOrganisationAccess().WithName("GetMaturityResult");
        api.MapGet("/{organisationId:guid}/maturity/history", HistoryAsync).RequireOrganisationAccess().WithName("GetMaturityHistory");
    }

    internal static async Task<IResult> TakeAsync(
        Guid organisationId, CheckInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.Answers is null)
        {
            return new FieldProblems().Add("answers", "Geben Sie die Antworten an, je Frage ihre Kennung.", "Give the answers, keyed by question id.").ToResult();
        }
        var set = body.Version is { } version ? await QuestionSets.FindAsync(session, version, ct) : await QuestionSets.CurrentAsync(session, ct);
        if (set is null)
        {
            return new FieldProblems().Add("version", "Es gibt keinen Fragenkatalog in dieser Version.", "No question set has this version.").ToResult();
        }
        var problems = Scoring.Problems(set, body.Answers);
        if (problems.Count > 0)
        {
            var result = new FieldProblems();
            foreach (var (question, message) in problems)
            {
                result.Add(question, message);
            }
            return result.ToResult();
        }
        if (await session.LoadAsync<Organisation>(organisationId, ct) is not { Erased: false })
        {
            return Results.NotFound();
        }
        var streamId = MaturityStreams.Of(organisationId);
        // The stream version first, then the history: the round number is checked against it on commit.
        var state = await session.Events.FetchStreamStateAsync(streamId, ct);
        var history = await session.LoadAsync<MaturityHistory>(organisationId, ct);
        var now = clock.GetUtcNow();
        var events = CheckDecision.Take(organisationId, Ids.New(clock), history, set, body.Answers, now);
        if (state is null)
        {
            session.Events.StartStream(streamId, events);
        }
        else
        {
            session.Events.Append(streamId, state.Version + events.Count, events);
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: 409, title: "Another round of the check was recorded at the same time. Reload and try again.");
        }
        var completed = (MaturityCheckCompleted)events[0];
        var round = new MaturityRound(completed.AssessmentId, completed.Round, completed.QuestionSetVersion, completed.DimensionScores,
            completed.OverallScore, completed.Level, completed.TopicGaps, completed.PrefersAsynchronous, completed.At);
        return Results.Created($"/api/organisations/{organisationId}/maturity", MaturityView.Round(round));
    }

    private static async Task<IResult> LatestAsync(Guid organisationId, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<MaturityHistory>(organisationId, ct))?.Latest is { } latest
            ? Results.Ok(MaturityView.Round(latest))
            : Results.NotFound();

    private static async Task<IResult> HistoryAsync(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var history = await session.LoadAsync<MaturityHistory>(organisationId, ct);
        return Results.Ok(history is null ? [] : MaturityView.History(history));
    }
}
