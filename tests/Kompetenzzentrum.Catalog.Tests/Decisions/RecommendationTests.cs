using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Recommendations;
using L = Kompetenzzentrum.Contracts.Kernel.MaturityLevel;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Recommendation order for organisations of different levels, gaps, sizes and time, computed by hand.</summary>
public sealed class RecommendationTests
{
    // The catalog of these tests: topics, the levels each suits, the format.
    private static readonly CatalogEntry KiVideo = Offering("KI-Video", ["ki"], L.Einsteiger, L.Entdecker, OfferingFormats.Asynchronous);
    private static readonly CatalogEntry DataWorkshop = Offering("Daten-Workshop", ["daten"], L.Entdecker, L.Gestalter, OfferingFormats.OnSite);
    private static readonly CatalogEntry CloudConsultation = Offering("Cloud-Sprechstunde", ["cloud"], L.Entdecker, L.Entdecker,
        OfferingFormats.Online);
    private static readonly CatalogEntry CloudAndKi = Offering("Cloud und KI", ["cloud", "ki"], L.Entdecker, L.Gestalter, OfferingFormats.OnSite);
    private static readonly CatalogEntry AdvancedStrategy = Offering("KI-Strategie", ["ki", "daten"], L.Gestalter, L.Vorreiter,
        OfferingFormats.OnSite);
    private static readonly CatalogEntry FirstDataSteps = Offering("Erste Schritte Daten", ["daten"], L.Einsteiger, L.Einsteiger,
        OfferingFormats.OnSite);
    private static readonly CatalogEntry[] Catalog = [KiVideo, DataWorkshop, CloudConsultation, CloudAndKi, AdvancedStrategy, FirstDataSteps];

    [Fact]
    public void Given_an_Entdecker_whose_largest_gap_is_data_Then_the_data_workshop_leads_and_offerings_of_other_levels_are_left_out()
    {
        var profile = Profile(L.Entdecker, SizeClass.Small, false, ("daten", 1.0), ("cloud", 0.5), ("ki", 0.25));

        var result = Recommender.Recommend(profile, Catalog, new HashSet<Guid>(), [], 10);

        // Data 1 + 1.0 = 2.0; Cloud und KI 1 + 0.5 + 0.25 * 0.25 = 1.5625; Cloud 1 + 0.5 = 1.5; KI-Video 1 + 0.25 = 1.25.
        // KI-Strategie (from Gestalter) would over-challenge, Erste Schritte Daten (Einsteiger only) under-challenge.
        Assert.Equal(new[] { "Daten-Workshop", "Cloud und KI", "Cloud-Sprechstunde", "KI-Video" }, Titles(result.Offerings.Select(r => r.Offering)));
        Assert.Equal(new[] { 2.0, 1.563, 1.5, 1.25 }, result.Offerings.Select(r => r.Score));
        Assert.Equal("Ihr Reifegrad ist Entdecker, und Daten ist Ihre größte Lücke.", result.Offerings[0].Reason.De);
        Assert.Equal("Your maturity level is Explorer (Entdecker), and Data is your largest gap.", result.Offerings[0].Reason.En);
        Assert.Equal("Ihr Reifegrad ist Entdecker, und das Angebot behandelt Ihre Lücke bei Cloud.", result.Offerings[1].Reason.De);
    }

    [Fact]
    public void Given_a_Vorreiter_Then_only_the_strategy_suits_and_a_booked_offering_is_left_out()
    {
        var profile = Profile(L.Vorreiter, SizeClass.Medium, false, ("ki", 0.5));

        Assert.Equal(new[] { "KI-Strategie" },
            Titles(Recommender.Recommend(profile, Catalog, new HashSet<Guid>(), [], 10).Offerings.Select(r => r.Offering)));
        Assert.Empty(Recommender.Recommend(profile, Catalog, new HashSet<Guid> { AdvancedStrategy.Id }, [], 10).Offerings);
    }

    [Fact]
    public void Given_an_Einsteiger_short_of_time_Then_the_asynchronous_video_moves_ahead_of_the_bigger_gap()
    {
        var hurried = Profile(L.Einsteiger, SizeClass.Small, true, ("daten", 0.6), ("ki", 0.5));
        var patient = hurried with { PrefersAsynchronous = false };

        // Short of time: video 1 + 0.5 + 0.25 * 1 = 1.75 > data 1 + 0.6 = 1.6. Otherwise video 1.5 < data 1.6.
        var forHurried = Recommender.Recommend(hurried, Catalog, new HashSet<Guid>(), [], 10).Offerings;
        Assert.Equal(new[] { "KI-Video", "Erste Schritte Daten" }, Titles(forHurried.Select(r => r.Offering)));
        Assert.Equal(new[] { "Erste Schritte Daten", "KI-Video" },
            Titles(Recommender.Recommend(patient, Catalog, new HashSet<Guid>(), [], 10).Offerings.Select(r => r.Offering)));
        Assert.Equal(
            "Ihr Reifegrad ist Einsteiger, das Angebot behandelt Ihre Lücke bei Künstliche Intelligenz, "
            + "und es läuft asynchron in Ihrem eigenen Tempo.",
            forHurried[0].Reason.De);
    }

    [Fact]
    public void Topic_gaps_are_weighted_by_size_a_micro_enterprise_closes_its_largest_gap_first_a_medium_one_takes_on_several()
    {
        var single = Offering("Daten vertiefen", ["daten"], L.Entdecker, L.Entdecker, OfferingFormats.OnSite);
        var broad = Offering("Digitaler Rundumblick", ["cloud", "ki", "it-sicherheit"], L.Entdecker, L.Entdecker, OfferingFormats.OnSite);
        (string, double)[] gaps = [("daten", 0.6), ("cloud", 0.5), ("ki", 0.5), ("it-sicherheit", 0.5)];

        // Micro: single 0.6 > broad 0.5 + 0 * 1.0. Medium: broad 0.5 + 0.5 * 1.0 = 1.0 > single 0.6.
        Assert.Equal(new[] { "Daten vertiefen", "Digitaler Rundumblick" },
            Titles(FitScoring.Order(Profile(L.Entdecker, SizeClass.Micro, false, gaps), [broad, single])));
        Assert.Equal(new[] { "Digitaler Rundumblick", "Daten vertiefen" },
            Titles(FitScoring.Order(Profile(L.Entdecker, SizeClass.Medium, false, gaps), [single, broad])));
    }

    [Fact]
    public void Browsing_sorts_every_offering_suitable_first_then_one_level_off_then_the_rest()
    {
        var profile = Profile(L.Einsteiger, SizeClass.Small, false, ("daten", 1.0));

        // Suitable: Erste Schritte Daten (2.0), KI-Video (1.0). One level off: Daten-Workshop, Cloud-Sprechstunde, Cloud und KI.
        // Two levels off: KI-Strategie, although it covers the largest gap.
        var order = Titles(FitScoring.Order(profile, Catalog));

        Assert.Equal(new[] { "Erste Schritte Daten", "KI-Video", "Daten-Workshop" }, order.Take(3));
        Assert.Equal("KI-Strategie", order[^1]);
    }

    [Fact]
    public void Packages_that_bundle_recommended_offerings_are_suggested_as_next_steps_most_recommended_items_first()
    {
        var profile = Profile(L.Entdecker, SizeClass.Small, false, ("daten", 1.0), ("cloud", 0.5));
        PackageOption cloudAndData = new(Guid.NewGuid(), new("Daten und Cloud", "Data and cloud"), [DataWorkshop.Id, CloudConsultation.Id]);
        PackageOption video = new(Guid.NewGuid(), new("KI kompakt", "AI in brief"), [KiVideo.Id]);
        PackageOption advanced = new(Guid.NewGuid(), new("Für Vorreiter", "For pioneers"), [AdvancedStrategy.Id]);

        var result = Recommender.Recommend(profile, Catalog, new HashSet<Guid>(), [video, advanced, cloudAndData], 10);
        var afterBooking = Recommender.Recommend(profile, Catalog, new HashSet<Guid> { DataWorkshop.Id, KiVideo.Id },
            [video, advanced, cloudAndData], 10);

        Assert.Equal(new[] { cloudAndData.Id, video.Id }, result.Packages.Select(p => p.PackageId));
        Assert.Equal("Das Paket „Daten und Cloud“ bündelt 2 der für Sie empfohlenen Angebote als nächste Schritte.",
            result.Packages[0].Reason.De);
        Assert.Equal(new[] { cloudAndData.Id }, afterBooking.Packages.Select(p => p.PackageId));
        Assert.Equal(new[] { CloudConsultation.Id }, afterBooking.Packages[0].RecommendedOfferingIds);
    }

    [Fact]
    public void The_limit_cuts_the_list_after_the_best()
    {
        var profile = Profile(L.Entdecker, SizeClass.Small, false, ("daten", 1.0));

        Assert.Equal(new[] { "Daten-Workshop" },
            Titles(Recommender.Recommend(profile, Catalog, new HashSet<Guid>(), [], 1).Offerings.Select(r => r.Offering)));
    }

    private static MaturityProfile Profile(L level, SizeClass size, bool hurried, params (string Topic, double Gap)[] gaps) =>
        new(Guid.NewGuid(), level, 40, gaps.ToDictionary(g => g.Topic, g => g.Gap), hurried) { SizeClass = size };

    private static CatalogEntry Offering(string title, string[] topics, L from, L to, string format) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "test", new(title, title), new("", ""), topics, from, to, format, null, null, "de", 24,
            OfferingStatus.Published);

    private static List<string> Titles(IEnumerable<CatalogEntry> offerings) => offerings.Select(o => o.Title.De).ToList();
}
