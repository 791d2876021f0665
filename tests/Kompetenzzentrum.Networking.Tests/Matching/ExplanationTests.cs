using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Networking.Tests.Matching;

public sealed class ExplanationTests
{
    [Fact]
    public void Given_common_topics_industry_and_the_same_state_Then_each_is_named_in_German()
    {
        var sme = MatchSme.Of(
            Given.Sme(["ki", "daten", "e-commerce"], industry: "C", state: "BE", postcode: "10115", level: MaturityLevel.Entdecker));
        var startup = MatchStartup.Of(
            Given.Startup("Datenwerk", ["daten", "ki", "cloud"], ["C", "G"], state: "BE", postcode: "12043", stage: StartupStage.Growth));

        var reasons = MatchExplanation.Reasons(sme, startup, Reader.Sme);

        Assert.Equal(
            ["Gemeinsame Themen: Künstliche Intelligenz, Daten", "Erfahrung in Ihrer Branche", "ebenfalls in Berlin", "passt zu Ihrem Reifegrad"],
            reasons);
    }

    [Fact]
    public void Given_a_startup_in_a_neighbouring_state_Then_the_reason_names_that_state_and_nothing_unearned_is_claimed()
    {
        var sme = MatchSme.Of(Given.Sme(["cloud"], industry: "F", state: "BE", postcode: "10115", level: MaturityLevel.Einsteiger));
        var startup = MatchStartup.Of(Given.Startup("Wolke", ["cloud"], ["C"], state: "BB", postcode: "14467", stage: StartupStage.PreSeed));

        var reasons = MatchExplanation.Reasons(sme, startup, Reader.Sme);

        Assert.Equal(["Gemeinsame Themen: Cloud", "aus dem Nachbarland Brandenburg"], reasons);
    }

    [Fact]
    public void Given_the_same_postcode_region_Then_the_reason_says_so()
    {
        var sme = MatchSme.Of(Given.Sme(["ki"], state: "BY", postcode: "80331"));
        var startup = MatchStartup.Of(Given.Startup("Nah", ["ki"], state: "BY", postcode: "80995"));

        Assert.Contains("ebenfalls in Bayern, PLZ-Region 80", MatchExplanation.Reasons(sme, startup, Reader.Sme));
    }
}
