using System.Numerics;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>
/// Startups laid out column by column (topic masks, industry masks, states, postcode regions, stages), so
/// that scoring one SME against all of them is a tight loop over small arrays.
/// </summary>
internal sealed class StartupPool
{
    public StartupPool(IReadOnlyList<MatchStartup> startups)
    {
        Startups = [.. startups];
        Topics = [.. startups.Select(s => s.Topics)];
        Industries = [.. startups.Select(s => s.Industries)];
        States = [.. startups.Select(s => (byte)s.State)];
        PostcodeRegions = [.. startups.Select(s => s.PostcodeRegion)];
        Stages = [.. startups.Select(s => (byte)s.Stage)];
    }

    public MatchStartup[] Startups { get; }
    public ulong[] Topics { get; }
    public uint[] Industries { get; }
    public byte[] States { get; }
    public byte[] PostcodeRegions { get; }
    public byte[] Stages { get; }
    public int Count => Startups.Length;
}

/// <summary>Top-N proposals: pure functions over the compact profiles, parallel over SMEs.</summary>
internal static class Matchmaker
{
    private static readonly int StageCount = Enum.GetValues<StartupStage>().Length;

    /// <summary>The best <paramref name="n"/> startups for one SME, best first; only pairs with a common topic.</summary>
    public static ScoredMatch[] TopStartups(in MatchSme sme, StartupPool pool, int n)
    {
        var heap = new TopN(n);
        Rank(sme, pool, heap, new float[StateBorders.Count], new float[StageCount]);
        return heap.ToDescending();
    }

    /// <summary>
    /// The best <paramref name="n"/> startups for every SME; result i belongs to SME i. A
    /// <paramref name="maxParallelism"/> of -1 uses every core, 1 runs on the calling thread only.
    /// </summary>
    public static ScoredMatch[][] TopStartupsForAll(MatchSme[] smes, StartupPool pool, int n, int maxParallelism = -1)
    {
        var results = new ScoredMatch[smes.Length][];
        Parallel.For(
            0,
            smes.Length,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
            () => (Heap: new TopN(n), States: new float[StateBorders.Count], Stages: new float[StageCount]),
            (i, _, scratch) =>
            {
                scratch.Heap.Clear();
                Rank(smes[i], pool, scratch.Heap, scratch.States, scratch.Stages);
                results[i] = scratch.Heap.ToDescending();
                return scratch;
            },
            _ => { });
        return results;
    }

    /// <summary>The best <paramref name="n"/> SMEs for one startup, best first.</summary>
    public static ScoredMatch[] TopSmes(IReadOnlyList<MatchSme> smes, in MatchStartup startup, int n)
    {
        var heap = new TopN(n);
        for (var i = 0; i < smes.Count; i++)
        {
            var score = MatchScoring.Score(smes[i], startup);
            if (score > 0f)
            {
                heap.Offer(i, score);
            }
        }
        return heap.ToDescending();
    }

    // The same sum as MatchScoring.Score, with everything that depends only on the SME taken out of the loop.
    private static void Rank(in MatchSme sme, StartupPool pool, TopN heap, float[] stateRow, float[] stageRow)
    {
        for (var s = 0; s < stateRow.Length; s++)
        {
            stateRow[s] = MatchScoring.RegionWeight * MatchScoring.RegionFactor(sme.State, sme.PostcodeRegion, s, byte.MaxValue);
        }
        for (var s = 0; s < stageRow.Length; s++)
        {
            stageRow[s] = MatchScoring.MaturityWeight * MatchScoring.MaturityFit(sme.Level, (StartupStage)s);
        }
        var topicFactor = MatchScoring.TopicWeight / BitOperations.PopCount(sme.Topics);
        var samePostcode = MatchScoring.RegionWeight * MatchScoring.SamePostcodeRegion;
        var industryBit = 1u << sme.Industry;
        var smeTopics = sme.Topics;
        var smeRegion = sme.PostcodeRegion;
        var topics = pool.Topics;
        var industries = pool.Industries;
        var states = pool.States;
        var regions = pool.PostcodeRegions;
        var stages = pool.Stages;
        for (var j = 0; j < topics.Length; j++)
        {
            var common = BitOperations.PopCount(smeTopics & topics[j]);
            if (common == 0)
            {
                continue;
            }
            var score = common * topicFactor
                + ((industries[j] & industryBit) != 0 ? MatchScoring.IndustryWeight : 0f)
                + (regions[j] == smeRegion ? samePostcode : stateRow[states[j]])
                + stageRow[stages[j]];
            if (score >= heap.Threshold)
            {
                heap.Offer(j, score);
            }
        }
    }
}
