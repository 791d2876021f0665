using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>A startup proposed to an SME, with its score (0–100) and the reasons in German.</summary>
internal sealed record ProposalView(
    Guid StartupId,
    string Name,
    IReadOnlyList<string> SolutionTopics,
    int Score,
    bool Pinned,
    IReadOnlyList<string> Reasons,
    string Explanation);

/// <summary>An SME proposed to a startup.</summary>
internal sealed record SmeProposalView(
    Guid SmeId,
    string Name,
    IReadOnlyList<string> ChallengeTopics,
    int Score,
    IReadOnlyList<string> Reasons,
    string Explanation);

/// <summary>
/// Proposals are a pure function of the current profiles, computed when asked: a changed profile is
/// therefore reflected in the very next answer, with no stored proposal that could go stale.
/// </summary>
internal static class Proposals
{
    public const string PinnedReason = "vom Kompetenzzentrum empfohlen";

    public static IReadOnlyList<ProposalView> ForSme(SmeProfile sme, IReadOnlyList<StartupProfile> startups, int top)
    {
        var candidates = startups.Where(s => s.OptedIn && s.Id != sme.Id).ToList();
        var me = MatchSme.Of(sme.Details);
        var pool = new StartupPool([.. candidates.Select(s => MatchStartup.Of(s.Details))]);
        var byId = candidates.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var hidden = sme.Hidden.ToHashSet();
        var pinned = sme.Pinned.Where(byId.ContainsKey).ToList();

        var result = pinned
            .Select(id => View(me, candidates[byId[id]], pool.Startups[byId[id]], MatchScoring.Score(me, pool.Startups[byId[id]]), true))
            .ToList();
        foreach (var match in Matchmaker.TopStartups(me, pool, top + pinned.Count + hidden.Count))
        {
            var startup = candidates[match.Index];
            if (result.Count < top && !hidden.Contains(startup.Id) && !pinned.Contains(startup.Id))
            {
                result.Add(View(me, startup, pool.Startups[match.Index], match.Score, false));
            }
        }
        return result;
    }

    public static IReadOnlyList<SmeProposalView> ForStartup(StartupProfile startup, IReadOnlyList<SmeProfile> smes, int top)
    {
        var candidates = smes.Where(s => s.OptedIn && s.Id != startup.Id && !s.Hidden.Contains(startup.Id)).ToList();
        var me = MatchStartup.Of(startup.Details);
        var compact = candidates.Select(s => MatchSme.Of(s.Details)).ToList();
        return
        [
            .. Matchmaker.TopSmes(compact, me, top).Select(m =>
            {
                var reasons = MatchExplanation.Reasons(compact[m.Index], me, Reader.Startup);
                var sme = candidates[m.Index];
                return new SmeProposalView(sme.Id, sme.Details.Name, sme.Details.ChallengeTopics, Round(m.Score), reasons,
                    string.Join("; ", reasons));
            }),
        ];
    }

    private static ProposalView View(MatchSme me, StartupProfile startup, MatchStartup compact, float score, bool pinned)
    {
        var reasons = MatchExplanation.Reasons(me, compact, Reader.Sme);
        if (pinned)
        {
            reasons = [PinnedReason, .. reasons];
        }
        return new ProposalView(startup.Id, startup.Details.Name, startup.Details.SolutionTopics, Round(score), pinned, reasons,
            string.Join("; ", reasons));
    }

    private static int Round(float score) => (int)MathF.Round(score);
}
