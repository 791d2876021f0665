namespace Kompetenzzentrum.Modules.Networking.RoundPlans;

/// <summary>How well two attendees fit; the order of A and B does not matter.</summary>
internal sealed record PairScore(Guid A, Guid B, double Score);

internal sealed record Meeting(Guid A, Guid B, double Score);

/// <summary>Meeting rounds of a matchmaking event; round r is <c>Rounds[r]</c>.</summary>
internal sealed record RoundPlan(IReadOnlyList<IReadOnlyList<Meeting>> Rounds)
{
    public double TotalScore => Rounds.Sum(round => round.Sum(m => m.Score));
}

/// <summary>
/// Plans the rounds of a matchmaking event: every pair meets at most once, nobody has two meetings in a
/// round, and high-scoring pairs come first. Each round is a greedy maximum-weight matching over the pairs
/// not yet planned (best pair first, skip anyone already busy): at least half the optimum per round, in
/// O(rounds · pairs) after one sort, which is instant for event-sized groups.
/// </summary>
internal static class RoundPlanner
{
    public static RoundPlan Plan(IReadOnlyList<PairScore> pairs, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        var remaining = Distinct(pairs)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.A)
            .ThenBy(p => p.B)
            .ToList();
        var plan = new List<IReadOnlyList<Meeting>>(rounds);
        for (var r = 0; r < rounds; r++)
        {
            var busy = new HashSet<Guid>();
            var round = new List<Meeting>();
            var left = new List<PairScore>(remaining.Count);
            foreach (var pair in remaining)
            {
                if (!busy.Contains(pair.A) && !busy.Contains(pair.B))
                {
                    busy.Add(pair.A);
                    busy.Add(pair.B);
                    round.Add(new Meeting(pair.A, pair.B, pair.Score));
                }
                else
                {
                    left.Add(pair);
                }
            }
            plan.Add(round);
            remaining = left;
        }
        return new RoundPlan(plan);
    }

    // A pair given twice (A,B and B,A) is one pair with its best score; nobody meets themselves.
    private static IEnumerable<PairScore> Distinct(IReadOnlyList<PairScore> pairs) =>
        pairs.Where(p => p.A != p.B && p.Score > 0)
            .Select(p => p.A.CompareTo(p.B) < 0 ? p : new PairScore(p.B, p.A, p.Score))
            .GroupBy(p => (p.A, p.B))
            .Select(g => g.MaxBy(p => p.Score)!);
}
