using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Taking the check as a pure decision: (history, set, answers, now) -> events, or why not.</summary>
internal static class CheckDecider
{
    public const string NeedSource = "check";

    /// <summary>The answers' problems (each naming its question), or null when they are complete and in range.</summary>
    public static Refusal? Check(QuestionSet set, IReadOnlyDictionary<string, int> answers) =>
        Scoring.Problems(set, answers) is { Count: > 0 } problems ? Refusal.Invalid(problems) : null;

    public static IReadOnlyList<object> Take(
        Guid organisationId,
        Guid assessmentId,
        MaturityHistory? history,
        QuestionSet set,
        IReadOnlyDictionary<string, int> answers,
        DateTimeOffset now)
    {
        var scores = Scoring.Score(set, answers);
        var round = history?.Rounds.Count ?? 0;
        var events = new List<object>
        {
            new MaturityCheckCompleted(
                organisationId, assessmentId, set.Id, round, answers, scores.Dimensions, scores.Overall, scores.Level, scores.TopicGaps,
                scores.PrefersAsynchronous, now),
            new MaturityAssessed(assessmentId, set.Id, round, scores.Dimensions, scores.Overall, scores.Level,
                new Interaction(organisationId, [.. scores.TopicGaps.Keys], null, null, InteractionKinds.Answered, now)),
        };
        events.AddRange(scores.TopicGaps.Select(g =>
            new NeedExpressed(g.Key, g.Value, NeedSource, new Interaction(organisationId, [g.Key], null, null, InteractionKinds.Answered, now))));
        return events;
    }
}
