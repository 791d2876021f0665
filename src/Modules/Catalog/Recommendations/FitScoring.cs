using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>How well one offering fits an organisation, part by part, so that the reason can name the parts.</summary>
internal sealed record Fit(double Level, double Gaps, double Format, IReadOnlyList<string> GapTopics)
{
    public double Score => FitScoring.LevelWeight * Level + FitScoring.GapWeight * Gaps + FitScoring.FormatWeight * Format;

    /// <summary>Neither over- nor under-challenged: the organisation's level lies in the offering's range.</summary>
    public bool Suits => Level >= 1;
}

/// <summary>
/// Pure fit of offerings to a maturity profile. Three parts, added up:
/// the level (1 inside the offering's range, 0.4 one level off, 0 further),
/// the topic gaps the offering covers, weighted by their size (the largest counts fully, each further one by a
/// breadth factor of the organisation's size class: a micro enterprise gains most from closing its largest gap,
/// a medium one can take on several at once), and
/// the format (asynchronous 1 and online 0.25 for those who said time is short, weighted 0.5; nothing otherwise).
/// Level and gaps come from <see cref="MaturityFit"/> (Contracts), which the media library sorts by as well.
/// </summary>
internal static class FitScoring
{
    public const double LevelWeight = 1.0;
    public const double GapWeight = 1.0;
    /// <summary>
    /// For those short of time an asynchronous offering gains 0.5, an online one 0.125 (no travel), one on site nothing: an
    /// asynchronous offering ranks before a synchronous one of similar fit, i.e. one whose level and gaps fit at most
    /// <see cref="SimilarFit"/> better; a much larger gap still wins.
    /// </summary>
    public const double FormatWeight = 0.5;

    /// <summary>One answer step of a topic's gap (the 1–5 scales give gaps in quarters).</summary>
    public const double SimilarFit = 0.25;

    public static Fit Of(MaturityProfile profile, CatalogEntry offering) => new(
        MaturityFit.Level(profile.Level, offering.SuitableFrom, offering.SuitableTo),
        MaturityFit.Gaps(profile, offering.Topics),
        FormatFit(profile.PrefersAsynchronous, offering.Format),
        MaturityFit.GapTopics(profile, offering.Topics));

    public static double FormatFit(bool prefersAsynchronous, string format) => !prefersAsynchronous ? 0 : format switch
    {
        OfferingFormats.Asynchronous => 1,
        OfferingFormats.Online => 0.25,
        _ => 0,
    };

    /// <summary>
    /// All offerings, those that suit the level first, then one level off, then the rest; within each, best fit
    /// first; ties keep a stable order by type, title and id.
    /// </summary>
    public static IReadOnlyList<CatalogEntry> Order(MaturityProfile profile, IEnumerable<CatalogEntry> offerings) =>
        offerings.Select(o => (Offering: o, Fit: Of(profile, o)))
            .OrderByDescending(x => x.Fit.Level)
            .ThenByDescending(x => Math.Round(x.Fit.Score, 6))
            .ThenBy(x => x.Offering.OfferingType, StringComparer.Ordinal)
            .ThenBy(x => x.Offering.Title.De, StringComparer.Ordinal)
            .ThenBy(x => x.Offering.Id)
            .Select(x => x.Offering)
            .ToList();
}
