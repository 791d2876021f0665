using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>
/// Taking the check, shared by the API (<see cref="CheckEndpoints"/>) and the page (<see cref="CheckPages"/>):
/// load the question set and the history → <see cref="CheckDecider"/> → append; the new round or why not.
/// </summary>
internal static class CheckHandlers
{
    public static async Task<Result<MaturityRound>> TakeAsync(
        Guid organisationId, CheckInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.Answers is null)
        {
            return Refusal.Invalid("answers", "organisations.check-answers-missing");
        }
        var set = body.Version is { } version ? await QuestionSets.FindAsync(session, version, ct) : await QuestionSets.CurrentAsync(session, ct);
        if (set is null)
        {
            return Refusal.Invalid("version", "organisations.check-version-unknown");
        }
        if (CheckDecider.Check(set, body.Answers) is { } invalid)
        {
            return invalid;
        }
        if (await session.LoadAsync<Organisation>(organisationId, ct) is not { Erased: false })
        {
            return Refusal.NotFound("common.not-found");
        }
        var streamId = MaturityStreams.Of(organisationId);
        // The stream version first, then the history: the round number is checked against it on commit.
        var state = await session.Events.FetchStreamStateAsync(streamId, ct);
        var history = await session.LoadAsync<MaturityHistory>(organisationId, ct);
        var events = CheckDecider.Take(organisationId, Ids.New(clock), history, set, body.Answers, clock.GetUtcNow());
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
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException
                                       or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            return Refusal.Conflict("organisations.check-round-conflict");
        }
        var completed = (MaturityCheckCompleted)events[0];
        return new MaturityRound(completed.AssessmentId, completed.Round, completed.QuestionSetVersion, completed.DimensionScores,
            completed.OverallScore, completed.Level, completed.TopicGaps, completed.PrefersAsynchronous, completed.At);
    }
}
