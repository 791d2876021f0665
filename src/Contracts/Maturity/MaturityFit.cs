using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Maturity;

/// <summary>
/// How well something with topics and a range of maturity levels fits an organisation's <see cref="MaturityProfile"/>:
/// the level part and the topic-gap part of the catalog's fit, shared so that every list sorted "by fit" (the catalog,
/// the media library) sorts alike. Pure functions; a higher value fits better.
/// </summary>
public static class MaturityFit
{
    /// <summary>The level part of something one level above or below the organisation's level.</summary>
    public const double OneLevelOff = 0.4;

    /// <summary>The level part: 1 when <paramref name="level"/> lies in the range, <see cref="OneLevelOff"/> one level off, 0 further.</summary>
    /// <param name="level">The organisation's level.</param>
    /// <param name="from">Lowest level the thing suits.</param>
    /// <param name="to">Highest level the thing suits.</param>
    public static double Level(MaturityLevel level, MaturityLevel from, MaturityLevel to)
    {
        var distance = level < from ? from - level : level > to ? level - to : 0;
        return distance switch { 0 => 1, 1 => OneLevelOff, _ => 0 };
    }

    /// <summary>The topics among <paramref name="topics"/> in which the organisation has a gap, largest gap first (ties by key).</summary>
    /// <param name="profile">The organisation's profile.</param>
    /// <param name="topics">Topic keys of the thing.</param>
    public static IReadOnlyList<string> GapTopics(MaturityProfile profile, IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return topics.Distinct(StringComparer.Ordinal)
            .Where(t => profile.TopicGaps.GetValueOrDefault(t) > 0)
            .OrderByDescending(t => profile.TopicGaps[t]).ThenBy(t => t, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The topic-gap part: the largest gap the thing covers counts fully, each further one by <see cref="Breadth"/> of the
    /// organisation's size class; 0 when it covers no gap (or has no topics).
    /// </summary>
    /// <param name="profile">The organisation's profile.</param>
    /// <param name="topics">Topic keys of the thing.</param>
    public static double Gaps(MaturityProfile profile, IEnumerable<string> topics)
    {
        var gaps = GapTopics(profile, topics).Select(t => profile.TopicGaps[t]).ToList();
        return gaps.Count == 0 ? 0 : gaps[0] + Breadth(profile.SizeClass) * gaps.Skip(1).Sum();
    }

    /// <summary>
    /// How much each gap after the largest adds, by size class: a micro enterprise gains most from closing its largest gap,
    /// a medium one can take on several at once; unknown sizes count as small.
    /// </summary>
    /// <param name="size">The organisation's size class, or null when unknown.</param>
    public static double Breadth(SizeClass? size) => size switch
    {
        SizeClass.Micro => 0,
        SizeClass.Medium or SizeClass.Large => 0.5,
        _ => 0.25,
    };
}
