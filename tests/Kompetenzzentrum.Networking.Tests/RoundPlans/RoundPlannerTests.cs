using Kompetenzzentrum.Modules.Networking.RoundPlans;

namespace Kompetenzzentrum.Networking.Tests.RoundPlans;

public sealed class RoundPlannerTests
{
    private static (Guid[] Smes, Guid[] Startups, List<PairScore> Pairs) Event(int seed, int smes, int startups)
    {
        var random = new Random(seed);
        var a = Enumerable.Range(0, smes).Select(_ => Guid.NewGuid()).ToArray();
        var b = Enumerable.Range(0, startups).Select(_ => Guid.NewGuid()).ToArray();
        var pairs = a.SelectMany(x => b.Select(y => new PairScore(x, y, random.Next(1, 101)))).ToList();
        return (a, b, pairs);
    }

    [Theory]
    [InlineData(1, 12, 8, 5)]
    [InlineData(2, 6, 15, 4)]
    [InlineData(3, 3, 10, 6)]
    public void Given_attendees_and_scores_Then_every_pair_meets_at_most_once_and_nobody_twice_in_a_round(int seed, int smes, int startups,
        int rounds)
    {
        var (_, _, pairs) = Event(seed, smes, startups);
        var known = pairs.ToDictionary(p => (p.A, p.B), p => p.Score);

        var plan = RoundPlanner.Plan(pairs, rounds);

        Assert.Equal(rounds, plan.Rounds.Count);
        var met = new HashSet<(Guid, Guid)>();
        foreach (var round in plan.Rounds)
        {
            var people = round.SelectMany(m => new[] { m.A, m.B }).ToList();
            Assert.Equal(people.Count, people.Distinct().Count());
            foreach (var meeting in round)
            {
                var key = known.ContainsKey((meeting.A, meeting.B)) ? (meeting.A, meeting.B) : (meeting.B, meeting.A);
                Assert.Equal(known[key], meeting.Score);
                Assert.True(met.Add(key), "a pair met twice");
            }
            // Everyone on the smaller side has more partners left than the other side could block: rounds are full.
            Assert.Equal(Math.Min(smes, startups), round.Count);
        }
    }

    [Fact]
    public void Given_the_same_event_Then_the_plan_scores_more_than_a_random_valid_plan()
    {
        var (_, _, pairs) = Event(42, 10, 10);

        var planned = RoundPlanner.Plan(pairs, 4).TotalScore;

        var random = new Random(42);
        var randomPlans = Enumerable.Range(0, 20).Select(_ => RandomPlan(pairs, 4, random)).ToList();
        Assert.All(randomPlans, r => Assert.True(planned > r, $"planned {planned} <= random {r}"));
    }

    [Fact]
    public void Given_a_strong_pair_Then_it_meets_in_the_first_round_and_zero_scores_never_meet()
    {
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var pairs = new List<PairScore> { new(a, c, 90), new(a, d, 10), new(b, c, 50), new(b, d, 0) };

        var plan = RoundPlanner.Plan(pairs, 3);

        Assert.Contains(plan.Rounds[0], m => m.A == a && m.B == c || m.A == c && m.B == a);
        Assert.DoesNotContain(plan.Rounds.SelectMany(r => r), m => m.Score == 0);
        Assert.Equal(150, plan.TotalScore);
    }

    // A valid plan that ignores scores: per round, shuffle the pairs left and take whoever is free.
    private static double RandomPlan(List<PairScore> pairs, int rounds, Random random)
    {
        var left = pairs.ToList();
        var total = 0.0;
        for (var r = 0; r < rounds; r++)
        {
            var busy = new HashSet<Guid>();
            foreach (var pair in left.OrderBy(_ => random.Next()).ToList())
            {
                if (!busy.Contains(pair.A) && !busy.Contains(pair.B))
                {
                    busy.Add(pair.A);
                    busy.Add(pair.B);
                    total += pair.Score;
                    left.Remove(pair);
                }
            }
        }
        return total;
    }
}
