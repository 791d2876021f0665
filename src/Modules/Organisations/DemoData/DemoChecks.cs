using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.DemoData;

/// <summary>
/// The Digitalisierungs-Check of a demo SME, answered as its level suggests: its own topics matter and are not done
/// yet (need signals); a second round (T1) some months later answers a step higher.
/// </summary>
internal static class DemoChecks
{
    public static void Take(IDocumentSession session, DemoOrganisation organisation, QuestionSet set, Random random, DateTimeOffset joined,
        DateTimeOffset now)
    {
        var t0 = joined.AddDays(random.Next(1, 10));
        var rounds = new List<object>(CheckDecider.Take(organisation.Id, Ids.Derived("demo-t0", organisation.Id), null, set,
            Answers(set, organisation, random, lift: 0), t0));
        var t1 = t0.AddDays(120 + random.Next(150));
        if (t1 < now.AddDays(-3) && random.NextDouble() < 0.75)
        {
            var history = MaturityHistoryProjection.Create((MaturityCheckCompleted)rounds[0]);
            rounds.AddRange(CheckDecider.Take(organisation.Id, Ids.Derived("demo-t1", organisation.Id), history, set,
                Answers(set, organisation, random, lift: 1), t1));
        }
        session.Events.StartStream(MaturityStreams.Of(organisation.Id), rounds);
    }

    private static Dictionary<string, int> Answers(QuestionSet set, DemoOrganisation organisation, Random random, int lift)
    {
        var level = (int)organisation.Level - 1 + lift;
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in set.Questions)
        {
            var (min, max) = QuestionKinds.Range(question.Kind);
            var own = organisation.Topics.Contains(question.Key);
            var value = question.Kind switch
            {
                QuestionKinds.Dimension => level + random.Next(-1, 2),
                QuestionKinds.TopicRelevance => own ? 4 + random.Next(2) : 1 + random.Next(3),
                QuestionKinds.TopicImplementation => own ? 1 + random.Next(2) + lift : 2 + random.Next(3),
                _ => random.Next(2),
            };
            answers[question.Id] = Math.Clamp(value, min, max);
        }
        return answers;
    }
}
