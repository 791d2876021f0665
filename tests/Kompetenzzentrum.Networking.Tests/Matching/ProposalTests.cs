using Kompetenzzentrum.Modules.Networking.Matching;

namespace Kompetenzzentrum.Networking.Tests.Matching;

public sealed class ProposalTests
{
    private static readonly Modules.Networking.Profiles.SmeProfile Sme =
        Given.SmeDocument(Given.Sme(["ki", "daten"], industry: "C", state: "BE", postcode: "10115"));

    [Fact]
    public void Given_a_startup_changes_its_topics_Then_the_next_proposals_reflect_it()
    {
        var weak = Given.StartupDocument(Given.Startup("Weak", ["ki"]));
        var strong = Given.StartupDocument(Given.Startup("Strong", ["ki", "daten"]));
        Assert.Equal(["Strong", "Weak"], Proposals.ForSme(Sme, [weak, strong], 10).Select(p => p.Name));

        var changed = weak with { Details = weak.Details with { SolutionTopics = ["ki", "daten"], Industries = ["C"] } };

        var after = Proposals.ForSme(Sme, [changed, strong], 10);
        Assert.Equal(["Weak", "Strong"], after.Select(p => p.Name));
        Assert.Contains("Erfahrung in Ihrer Branche", after[0].Reasons);
    }

    [Fact]
    public void Given_staff_pinned_and_hidden_startups_Then_pinned_comes_first_and_hidden_is_gone()
    {
        var best = Given.StartupDocument(Given.Startup("Best", ["ki", "daten"], ["C"]));
        var middle = Given.StartupDocument(Given.Startup("Middle", ["ki", "daten"]));
        var unrelated = Given.StartupDocument(Given.Startup("HandPicked", ["nachhaltigkeit"]));
        var curated = Sme with { Pinned = [unrelated.Id], Hidden = [best.Id] };

        var proposals = Proposals.ForSme(curated, [best, middle, unrelated], 10);

        Assert.Equal(["HandPicked", "Middle"], proposals.Select(p => p.Name));
        Assert.True(proposals[0].Pinned);
        Assert.Equal(Proposals.PinnedReason, proposals[0].Reasons[0]);
    }

    [Fact]
    public void Given_a_paused_startup_Then_it_is_not_proposed_and_top_limits_the_list()
    {
        var paused = Given.StartupDocument(Given.Startup("Paused", ["ki", "daten"])) with { OptedIn = false };
        var others = Enumerable.Range(0, 5).Select(i => Given.StartupDocument(Given.Startup("S" + i, ["ki"]))).ToList();

        var proposals = Proposals.ForSme(Sme, [paused, .. others], 3);

        Assert.Equal(3, proposals.Count);
        Assert.DoesNotContain(proposals, p => p.Name == "Paused");
        Assert.All(proposals, p => Assert.Equal("Gemeinsame Themen: Künstliche Intelligenz", p.Reasons[0]));
        Assert.Equal(string.Join("; ", proposals[0].Reasons), proposals[0].Explanation);
    }
}
