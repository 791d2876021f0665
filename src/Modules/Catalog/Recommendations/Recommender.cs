using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>A curated package as the recommender sees it.</summary>
internal sealed record PackageOption(Guid Id, LocalizedText Name, IReadOnlyList<Guid> OfferingIds);

internal sealed record Recommendation(CatalogEntry Offering, double Score, LocalizedText Reason, IReadOnlyList<string> GapTopics);

internal sealed record PackageSuggestion(
    Guid PackageId,
    LocalizedText Name,
    IReadOnlyList<Guid> OfferingIds,
    IReadOnlyList<Guid> RecommendedOfferingIds,
    LocalizedText Reason);

internal sealed record RecommendationList(IReadOnlyList<Recommendation> Offerings, IReadOnlyList<PackageSuggestion> Packages);

/// <summary>
/// Recommendations as a pure function of the profile, the published offerings, what the organisation already
/// booked and the curated packages: only offerings that suit its level, nothing booked, best fit first, each
/// with its reason (in German and English, from the texts it is given); packages that bundle recommended offerings
/// as next steps.
/// </summary>
internal static class Recommender
{
    public const int MaxPackages = 3;

    public static RecommendationList Recommend(
        MaturityProfile profile, IReadOnlyList<CatalogEntry> published, IReadOnlySet<Guid> booked, IReadOnlyList<PackageOption> packages, int limit,
        TextsIn texts)
    {
        var open = published.Where(o => o.Status == OfferingStatus.Published && !booked.Contains(o.Id)).ToList();
        var fits = open.ToDictionary(o => o.Id, o => FitScoring.Of(profile, o));
        var recommended = FitScoring.Order(profile, open.Where(o => fits[o.Id].Suits))
            .Take(limit)
            .Select(o => new Recommendation(
                o, Math.Round(fits[o.Id].Score, 3, MidpointRounding.AwayFromZero), FitReasons.For(profile, o, fits[o.Id], texts),
                fits[o.Id].GapTopics))
            .ToList();
        var recommendedIds = recommended.Select(r => r.Offering.Id).ToHashSet();
        var suggestions = packages
            .Select(p => (Package: p, Open: p.OfferingIds.Where(fits.ContainsKey).ToList()))
            .Select(x => (x.Package, x.Open, Hits: x.Open.Where(recommendedIds.Contains).ToList()))
            .Where(x => x.Hits.Count > 0)
            .OrderByDescending(x => x.Hits.Count)
            .ThenByDescending(x => x.Open.Average(id => fits[id].Score))
            .ThenBy(x => x.Package.Id)
            .Take(MaxPackages)
            .Select(x => new PackageSuggestion(
                x.Package.Id, x.Package.Name, x.Package.OfferingIds, x.Hits, FitReasons.ForPackage(x.Package, x.Hits.Count, texts)))
            .ToList();
        return new RecommendationList(recommended, suggestions);
    }
}
