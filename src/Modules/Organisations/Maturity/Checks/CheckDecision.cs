using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Taking the check as a pure decision: (history, set, answers, now) -> events.</summary>
internal static class CheckDecision
{
    public const string NeedSource = "check";

    public static IReadOnlyList<object> Take(Guid organisationId, Guid assessmentId, MaturityHistory? history, QuestionSet set, IReadOnlyDictionary<string, int> answers, DateTimeOffset now)
    {
        var scores = Scoring.Score(set, answers);
        var round = history?.Rounds.Count ?? 0;
        var events = new List<object>
        {
            new MaturityCheckCompleted(organisationId, assessmentId, set.Id, round, answers, scores.Dimensions, scores.Overall, scores.Level, scores.TopicGaps, scores.PrefersAsynchronous, now),
            new MaturityAssessed(assessmentId, set.Id, round, scores.Dimensions, scores.Overall, scores.Level,
                new Interaction(organisationId, [.. scores.TopicGaps.Keys], null, null, InteractionKinds.Answered, now)),
        };
        events.AddRange(scores.TopicGaps.Select(g =>
            new NeedExpressed(g.Key, g.Value, NeedSource, new Interaction(organisationId, [g.Key], null, null, InteractionKinds.Answered, now))));
        return events;
    }
}
