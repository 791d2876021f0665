using Kompetenzzentrum.Modules.Media.Progress;

namespace Kompetenzzentrum.Media.Tests.Decisions;

public sealed class ProgressDeciderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly PlayableItem Item = new(Guid.NewGuid(), "video", ["ki"]);
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();

    private static RecordProgress Report(int position, string? key = null, bool completed = false) =>
        new(Account, Organisation, position, position / 600.0, completed, key);

    private static PlaybackProgress Empty(Guid id, DateTimeOffset at) => new(id, Account, Item.Id, 0, 0, false, at, []);

    private static PlaybackProgress After(params object[] events)
    {
        PlaybackProgress? state = null;
        foreach (var e in events)
        {
            state = e switch
            {
                MediaPlayed p => (state ?? Empty(p.ProgressId, p.At)).Advance(p.PositionSeconds, p.SharePlayed, false, p.IdempotencyKey, p.At),
                MediaCompleted c => (state ?? Empty(c.ProgressId, c.At)).Advance(c.PositionSeconds, c.SharePlayed, true, c.IdempotencyKey, c.At),
                _ => state,
            };
        }
        return state!;
    }

    [Fact]
    public void Given_no_progress_When_a_member_reports_Then_a_played_interaction_with_the_items_topics_is_recorded()
    {
        var played = Assert.IsType<MediaPlayed>(Assert.Single(ProgressDecider.Record(null, Item, Report(30, "k1"), Start)));
        Assert.Equal("played", played.Interaction.Kind);
        Assert.Equal(["ki"], played.Interaction.Topics);
        Assert.Equal(Organisation, played.Interaction.OrganisationId);
        Assert.Equal(ProgressStreams.Of(Account, Item.Id), played.ProgressId);
    }

    [Fact]
    public void Given_a_recent_report_When_the_next_comes_inside_15_seconds_Then_nothing_is_recorded_and_after_it_again()
    {
        var state = After(ProgressDecider.Record(null, Item, Report(30), Start).ToArray());

        Assert.Empty(ProgressDecider.Record(state, Item, Report(44), Start.AddSeconds(14)));
        Assert.Single(ProgressDecider.Record(state, Item, Report(45), Start.AddSeconds(15)));
    }

    [Fact]
    public void Given_a_recorded_key_or_position_When_repeated_after_the_window_Then_nothing_is_recorded()
    {
        var state = After(ProgressDecider.Record(null, Item, Report(30, "k1"), Start).ToArray());

        Assert.Empty(ProgressDecider.Record(state, Item, Report(90, "k1"), Start.AddMinutes(1)));
        Assert.Empty(ProgressDecider.Record(state, Item, Report(30, "k2"), Start.AddMinutes(1)));
    }

    [Fact]
    public void Given_a_recent_report_When_the_member_completes_Then_completion_is_recorded_once()
    {
        var state = After(ProgressDecider.Record(null, Item, Report(530), Start).ToArray());

        var completed = Assert.IsType<MediaCompleted>(
            Assert.Single(ProgressDecider.Record(state, Item, Report(600, completed: true), Start.AddSeconds(3))));
        Assert.Equal("completed", completed.Interaction.Kind);
        var done = After([.. ProgressDecider.Record(null, Item, Report(530), Start), completed]);
        Assert.True(done.Completed);
        Assert.Empty(ProgressDecider.Record(done, Item, Report(600, completed: true), Start.AddSeconds(6)));
    }

    [Fact]
    public void Given_a_report_of_at_least_90_percent_played_Then_it_completes_once_and_less_does_not()
    {
        var below = Assert.Single(ProgressDecider.Record(null, Item, Report(539), Start));
        Assert.IsType<MediaPlayed>(below);
        var state = After(below);

        var completed = Assert.IsType<MediaCompleted>(Assert.Single(ProgressDecider.Record(state, Item, Report(540), Start.AddSeconds(2))));

        Assert.Equal("completed", completed.Interaction.Kind);
        Assert.Equal(0.9, completed.SharePlayed, 3);
        Assert.IsType<MediaPlayed>(Assert.Single(ProgressDecider.Record(After(below, completed), Item, Report(560), Start.AddMinutes(1))));
    }

    [Fact]
    public void Given_a_first_completion_Then_it_is_announced_with_the_items_offering_and_plays_are_not()
    {
        var offering = Guid.NewGuid();
        var linked = Item with { OfferingId = offering };
        var played = ProgressDecider.Record(null, linked, Report(300), Start);
        var completed = ProgressDecider.Record(After([.. played]), linked, Report(540), Start.AddSeconds(20));

        Assert.Empty(ProgressDecider.Announce(played, linked));
        var announced = Assert.IsType<Contracts.Media.MediaItemCompleted>(Assert.Single(ProgressDecider.Announce(completed, linked)));
        Assert.Equal((Item.Id, (Guid?)offering, Organisation, Account, Start.AddSeconds(20)),
            (announced.ItemId, announced.OfferingId, announced.OrganisationId, announced.AccountId, announced.At));
    }
}
