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
    private static readonly CatalogEntry CloudConsultation =
        Offering("Cloud-Sprechstunde", ["cloud"], L.Entdecker, L.Entdecker, OfferingFormats.Online);
    private static readonly CatalogEntry CloudAndKi = Offering("Cloud und KI", ["cloud", "ki"], L.Entdecker, L.Gestalter, OfferingFormats.OnSite);
    private static readonly CatalogEntry AdvancedStrategy =
        Offering("KI-Strategie", ["ki", "daten"], L.Gestalter, L.Vorreiter, OfferingFormats.OnSite);
    private static readonly CatalogEntry FirstDataSteps =
        Offering("Erste Schritte Daten", ["daten"], L.Einsteiger, L.Einsteiger, OfferingFormats.OnSite);
    private static readonly CatalogEntry[] Catalog = [KiVideo, DataWorkshop, CloudConsultation, CloudAndKi, AdvancedStrategy, FirstDataSteps];

    [Fact]
    public void Given_an_Entdecker_whose_largest_gap_is_data_Then_the_data_workshop_leads_and_offerings_of_other_levels_are_left_out()
    {
        var profile = Profile(L.Entdecker, SizeClass.Small, false, ("daten", 1.0), ("cloud", 0.5), ("ki", 0.25));

        var result = Recommend(profile);

        // Data 1 + 1.0 = 2.0; Cloud und KI 1 + 0.5 + 0.25 * 0.25 = 1.5625; Cloud 1 + 0.5 = 1.5; KI-Video 1 + 0.25 = 1.25.
        // KI-Strategie (from Gestalter) would over-challenge, Erste Schritte Daten (Einsteiger only) under-challenge.
        Assert.Equal(new[] { "Daten-Workshop", "Cloud und KI", "Cloud-Sprechstunde", "KI-Video" }, Titles(result.Offerings.Select(r => r.Offering)));
        Assert.Equal(new[] { 2.0, 1.563, 1.5, 1.25 }, result.Offerings.Select(r => r.Score));
        Assert.Equal("Es setzt bei Ihrem Reifegrad Entdecker an und führt bis Gestalter, Daten ist Ihre größte Lücke, und es findet vor Ort "
            + "zu einem festen Termin statt.", result.Offerings[0].Reason.De);
        Assert.Equal("It starts at your level, Explorer (Entdecker), and leads up to Shaper, Data is your largest gap, and it takes place on site "
            + "on a fixed date.", result.Offerings[0].Reason.En);
        Assert.Equal("Es setzt bei Ihrem Reifegrad Entdecker an und führt bis Gestalter, das Angebot behandelt Ihre Lücke bei Cloud, dazu bei "
            + "Künstliche Intelligenz, und es findet vor Ort zu einem festen Termin statt.", result.Offerings[1].Reason.De);
        Assert.Equal("Es ist genau für Ihren Reifegrad Entdecker gemacht, das Angebot behandelt Ihre Lücke bei Cloud, und es findet online zu "
            + "einem festen Termin statt.", result.Offerings[2].Reason.De);
    }

    [Fact]
    public void Given_a_Vorreiter_Then_only_the_strategy_suits_and_a_booked_offering_is_left_out()
    {
        var profile = Profile(L.Vorreiter, SizeClass.Medium, false, ("ki", 0.5));

        Assert.Equal(new[] { "KI-Strategie" }, Titles(Recommend(profile).Offerings.Select(r => r.Offering)));
        Assert.Empty(Recommend(profile, new HashSet<Guid> { AdvancedStrategy.Id }).Offerings);
    }

    [Fact]
    public void Given_an_Einsteiger_short_of_time_Then_the_asynchronous_video_moves_ahead_of_the_bigger_gap()
    {
        var hurried = Profile(L.Einsteiger, SizeClass.Small, true, ("daten", 0.6), ("ki", 0.5));
        var patient = hurried with { PrefersAsynchronous = false };

        // Short of time: video 1 + 0.5 + 0.5 * 1 = 2.0 > data 1 + 0.6 = 1.6. Otherwise video 1.5 < data 1.6.
        var forHurried = Recommend(hurried).Offerings;
        Assert.Equal(new[] { "KI-Video", "Erste Schritte Daten" }, Titles(forHurried.Select(r => r.Offering)));
        Assert.Equal(new[] { "Erste Schritte Daten", "KI-Video" }, Titles(Recommend(patient).Offerings.Select(r => r.Offering)));
        Assert.Equal(
            "Es setzt bei Ihrem Reifegrad Einsteiger an und führt bis Entdecker, das Angebot behandelt Ihre Lücke bei Künstliche Intelligenz, "
                + "und es läuft asynchron in Ihrem eigenen Tempo, passend zu Ihrer knappen Zeit.",
            forHurried[0].Reason.De);
        Assert.Equal(
            "It starts at your level, Beginner (Einsteiger), and leads up to Explorer, the offering addresses your gap in Artificial intelligence, "
                + "and it runs asynchronously at your own pace, which suits your short time.",
            forHurried[0].Reason.En);
        Assert.Equal(
            "Es ist genau für Ihren Reifegrad Einsteiger gemacht, Daten ist Ihre größte Lücke, und es braucht trotz Ihrer knappen Zeit "
                + "einen festen Termin vor Ort.",
            forHurried[1].Reason.De);
    }

    [Fact]
    public void Given_time_is_short_Then_an_asynchronous_offering_of_similar_fit_leads_but_a_much_larger_gap_still_wins()
    {
        var podcast = Offering("KI-Podcast", ["ki"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous);
        var consultation = Offering("KI-Sprechstunde", ["ki", "daten"], L.Entdecker, L.Entdecker, OfferingFormats.Online);
        var dataLab = Offering("Datenlabor", ["daten"], L.Entdecker, L.Entdecker, OfferingFormats.Online);
        var hurried = Profile(L.Entdecker, SizeClass.Small, true, ("ki", 0.75), ("daten", 0.5));

        // Consultation 1 + 0.75 + 0.25 * 0.5 = 1.875, podcast 1 + 0.75 = 1.75: similar fit (within one answer step).
        // Short of time: podcast + 0.5 * 1 = 2.25 > consultation + 0.5 * 0.25 = 2.0; otherwise the consultation leads.
        Assert.Equal(new[] { "KI-Podcast", "KI-Sprechstunde" }, Titles(FitScoring.Order(hurried, [consultation, podcast])));
        Assert.Equal(new[] { "KI-Sprechstunde", "KI-Podcast" },
            Titles(FitScoring.Order(hurried with { PrefersAsynchronous = false }, [podcast, consultation])));
        Assert.True(FitScoring.Of(hurried, consultation).Score - FitScoring.Of(hurried, podcast).Score < 0);
        // A gap larger by two answer steps (1.0 against 0.5) is no similar fit: the data lab 1 + 1 + 0.125 beats the podcast 1 + 0.5 + 0.5.
        var dataFirst = Profile(L.Entdecker, SizeClass.Small, true, ("daten", 1.0), ("ki", 0.5));
        Assert.True(2 * FitScoring.SimilarFit <= FitScoring.Of(dataFirst, dataLab).Gaps - FitScoring.Of(dataFirst, podcast).Gaps);
        Assert.Equal(new[] { "Datenlabor", "KI-Podcast" }, Titles(FitScoring.Order(dataFirst, [podcast, dataLab])));
    }

    [Fact]
    public void Each_recommendation_explains_itself_and_two_offerings_share_a_reason_only_when_they_fit_for_the_same_reasons()
    {
        var profile = Profile(L.Entdecker, SizeClass.Medium, true, ("ki", 1.0), ("daten", 0.5), ("cloud", 0.25));
        CatalogEntry[] catalog =
        [
            Offering("KI-Podcast", ["ki"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous),
            Offering("KI-Video", ["ki"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous),
            Offering("KI-Video für Entdecker", ["ki"], L.Entdecker, L.Entdecker, OfferingFormats.Asynchronous),
            Offering("KI und Daten", ["ki", "daten"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous),
            Offering("KI-Werkstatt", ["ki"], L.Einsteiger, L.Gestalter, OfferingFormats.OnSite),
            Offering("Cloud-Podcast", ["cloud"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous),
            Offering("Nachhaltigkeit", ["nachhaltigkeit"], L.Einsteiger, L.Gestalter, OfferingFormats.Asynchronous),
        ];

        var reasons = Recommender.Recommend(profile, catalog, new HashSet<Guid>(), [], 10, CatalogTexts.In).Offerings
            .ToDictionary(r => r.Offering.Title.De, r => r.Reason);

        // Podcast and video: same topic, level range and format, so the same reason; every other one differs from them and each other.
        Assert.Equal(reasons["KI-Podcast"], reasons["KI-Video"]);
        var distinct = reasons.Where(r => r.Key != "KI-Video").Select(r => r.Value.De).ToList();
        Assert.Equal(distinct.Count, distinct.Distinct().Count());
        Assert.Equal(distinct.Count, reasons.Where(r => r.Key != "KI-Video").Select(r => r.Value.En).Distinct().Count());
        Assert.Equal("Es ist für Einsteiger bis Gestalter gedacht, Ihr Reifegrad Entdecker liegt dazwischen, es behandelt Ihre größte Lücke "
            + "Künstliche Intelligenz und dazu Daten, und es läuft asynchron in Ihrem eigenen Tempo, passend zu Ihrer knappen Zeit.",
            reasons["KI und Daten"].De);
        Assert.Contains("where you stated no gap", reasons["Nachhaltigkeit"].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_gaps_are_weighted_by_size_a_micro_enterprise_closes_its_largest_gap_first_a_medium_one_takes_on_several()
    {
        var single = Offering("Daten vertiefen", ["daten"], L.Entdecker, L.Entdecker, OfferingFormats.OnSite);
        var broad = Offering("Digitaler Rundumblick", ["cloud", "ki", "it-sicherheit"], L.Entdecker, L.Entdecker, OfferingFormats.OnSite);
        (string, double)[] gaps = [("daten", 0.6), ("cloud", 0.5), ("ki", 0.5), ("it-sicherheit", 0.5)];

        // Micro: single 0.6 > broad 0.5 + 0 * 1.0. Medium: broad 0.5 + 0.5 * 1.0 = 1.0 > single 0.6.
        var micro = Profile(L.Entdecker, SizeClass.Micro, false, gaps);
        var medium = Profile(L.Entdecker, SizeClass.Medium, false, gaps);
        Assert.Equal(new[] { "Daten vertiefen", "Digitaler Rundumblick" }, Titles(FitScoring.Order(micro, [broad, single])));
        Assert.Equal(new[] { "Digitaler Rundumblick", "Daten vertiefen" }, Titles(FitScoring.Order(medium, [single, broad])));
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

        var result = Recommend(profile, packages: [video, advanced, cloudAndData]);
        var afterBooking = Recommend(profile, new HashSet<Guid> { DataWorkshop.Id, KiVideo.Id }, [video, advanced, cloudAndData]);

        Assert.Equal(new[] { cloudAndData.Id, video.Id }, result.Packages.Select(p => p.PackageId));
        Assert.Equal(
            "Das Paket „Daten und Cloud“ bündelt 2 der für Sie empfohlenen Angebote als nächste Schritte.", result.Packages[0].Reason.De);
        Assert.Equal("The package “Data and cloud” bundles 2 of the offerings recommended for you as next steps.", result.Packages[0].Reason.En);
        Assert.Equal(new[] { cloudAndData.Id }, afterBooking.Packages.Select(p => p.PackageId));
        Assert.Equal(new[] { CloudConsultation.Id }, afterBooking.Packages[0].RecommendedOfferingIds);
        // One recommended offering: the singular sentence in both languages.
        Assert.Equal(
            "Das Paket „Daten und Cloud“ enthält eines der für Sie empfohlenen Angebote und bündelt es mit passenden nächsten Schritten.",
            afterBooking.Packages[0].Reason.De);
        Assert.Equal(
            "The package “Data and cloud” contains one of the offerings recommended for you and bundles it with next steps.",
            afterBooking.Packages[0].Reason.En);
    }

    [Fact]
    public void The_limit_cuts_the_list_after_the_best()
    {
        var profile = Profile(L.Entdecker, SizeClass.Small, false, ("daten", 1.0));

        Assert.Equal(new[] { "Daten-Workshop" }, Titles(Recommend(profile, limit: 1).Offerings.Select(r => r.Offering)));
    }

    // The recommender with the module's texts, as the host gives them.
    private static RecommendationList Recommend(
        MaturityProfile profile, IReadOnlySet<Guid>? booked = null, IReadOnlyList<PackageOption>? packages = null, int limit = 10) =>
        Recommender.Recommend(profile, Catalog, booked ?? new HashSet<Guid>(), packages ?? [], limit, CatalogTexts.In);

    private static MaturityProfile Profile(L level, SizeClass size, bool hurried, params (string Topic, double Gap)[] gaps) =>
        new(Guid.NewGuid(), level, 40, gaps.ToDictionary(g => g.Topic, g => g.Gap), hurried) { SizeClass = size };

    private static CatalogEntry Offering(string title, string[] topics, L from, L to, string format) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "test", new(title, title), new("", ""), topics, from, to, format, null, null, "de", 24,
            OfferingStatus.Published);

    private static List<string> Titles(IEnumerable<CatalogEntry> offerings) => offerings.Select(o => o.Title.De).ToList();
}
