using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>
/// Why one offering fits one organisation, as text codes with their arguments (no words): how the offering's level range
/// meets the organisation's level, which of its topics meet the organisation's gaps (the largest first), and what its
/// format means for the time the organisation said it has. Two offerings get the same clauses only when they fit for the
/// same reasons: the same level position, the same gap topics (or, without a gap, the same topics) and the same format.
/// </summary>
internal static class FitExplainer
{
    public static IReadOnlyList<TextCode> Explain(MaturityProfile profile, CatalogEntry offering, Fit fit) =>
        new[] { LevelClause(profile.Level, offering), TopicClause(profile, offering, fit), FormatClause(profile.PrefersAsynchronous, offering) }
            .OfType<TextCode>().ToList();

    /// <summary>The text code of a level's name.</summary>
    public static TextCode LevelName(MaturityLevel level) => new(level switch
    {
        MaturityLevel.Einsteiger => "catalog.level.beginner",
        MaturityLevel.Entdecker => "catalog.level.explorer",
        MaturityLevel.Gestalter => "catalog.level.shaper",
        _ => "catalog.level.pioneer",
    });

    private static TextCode LevelClause(MaturityLevel level, CatalogEntry offering)
    {
        var args = TextArgs.Of(("level", level.ToString()), ("name", LevelName(level)),
            ("from", LevelName(offering.SuitableFrom)), ("to", LevelName(offering.SuitableTo)));
        var (from, to) = (offering.SuitableFrom, offering.SuitableTo);
        var code = (level == from, level == to) switch
        {
            (true, true) => "catalog.fit.level-exact",
            (true, false) => "catalog.fit.level-entry",
            (false, true) => "catalog.fit.level-top",
            _ when level > from && level < to => "catalog.fit.level-within",
            // Recommendations list suitable offerings only; browsing may explain others.
            _ => level < from ? "catalog.fit.level-below" : "catalog.fit.level-above",
        };
        return new TextCode(code, args);
    }

    private static TextCode? TopicClause(MaturityProfile profile, CatalogEntry offering, Fit fit)
    {
        if (fit.GapTopics.Count == 0)
        {
            var topics = offering.Topics.Distinct(StringComparer.Ordinal).ToList();
            return topics.Count == 0 ? null : new TextCode("catalog.fit.no-gap", TextArgs.Of(("topics", TopicList(topics))));
        }
        var first = fit.GapTopics[0];
        var largest = profile.TopicGaps.Count > 0 && profile.TopicGaps.GetValueOrDefault(first) >= profile.TopicGaps.Values.Max();
        if (fit.GapTopics.Count == 1)
        {
            return new TextCode(largest ? "catalog.fit.largest-gap" : "catalog.fit.gap", TextArgs.Of(("topic", TopicName(first))));
        }
        var more = TextArgs.Of(("topic", TopicName(first)), ("more", TopicList(fit.GapTopics.Skip(1).ToList())));
        return new TextCode(largest ? "catalog.fit.largest-gap-more" : "catalog.fit.gaps", more);
    }

    private static TextCode FormatClause(bool timeShort, CatalogEntry offering) => new((offering.Format, timeShort) switch
    {
        (OfferingFormats.Asynchronous, true) => "catalog.fit.asynchronous-time-short",
        (OfferingFormats.Asynchronous, false) => "catalog.fit.asynchronous",
        (OfferingFormats.Online, true) => "catalog.fit.online-time-short",
        (OfferingFormats.Online, false) => "catalog.fit.online",
        (_, true) => "catalog.fit.on-site-time-short",
        _ => "catalog.fit.on-site",
    });

    private static LocalizedText TopicName(string key) => Topics.Find(key)?.Name ?? new LocalizedText(key, key);

    // "Cloud, KI und Daten": the list's words in each language; the word for "and" is a text of its own.
    private static TopicNames TopicList(IReadOnlyList<string> keys) => new(keys.Select(TopicName).ToList());
}

/// <summary>Topic names as one argument; <see cref="FitReasons"/> joins them in the sentence's language.</summary>
internal sealed record TopicNames(IReadOnlyList<LocalizedText> Names);
