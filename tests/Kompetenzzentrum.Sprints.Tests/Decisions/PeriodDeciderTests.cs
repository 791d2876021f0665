using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Periods;

namespace Kompetenzzentrum.Sprints.Tests.Decisions;

public sealed class PeriodDeciderTests
{
    private static readonly ProgramPeriod Period = new(Guid.NewGuid(), "Frühjahr 2026", new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), 3,
        [Guid.NewGuid(), Guid.NewGuid()]);

    [Fact]
    public void Given_a_period_with_two_sprints_taken_When_its_capacity_is_set_to_one_Then_it_is_a_conflict_naming_the_two()
    {
        var refused = PeriodDecider.SetCapacity(Period, 1, Given.Now).Refused;

        Assert.Equal(RefusalKind.Conflict, refused?.Kind);
        Assert.Equal("sprints.period-carries", refused?.Code);
        Assert.Equal(2, refused?.Args["taken"]);
    }

    [Fact]
    public void Given_a_period_with_two_sprints_taken_When_its_capacity_is_set_to_two_Then_it_changes()
    {
        var changed = Assert.IsType<PeriodCapacityChanged>(Assert.Single(PeriodDecider.SetCapacity(Period, 2, Given.Now).Events));

        Assert.Equal(2, changed.Capacity);
    }

    [Fact]
    public void A_period_ending_before_it_starts_with_a_capacity_out_of_range_is_refused_naming_both_fields()
    {
        var refused = PeriodDecider.Open(Guid.NewGuid(),
            new OpenPeriodInput("Herbst", new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 1), PeriodDecider.MaxCapacity + 1), Given.Now).Refused;

        Assert.Equal(RefusalKind.Invalid, refused?.Kind);
        Assert.Equal(["endsOn", "capacity"], refused!.Fields.Select(f => f.Field));
    }

    [Fact]
    public void A_valid_period_is_opened_with_its_trimmed_name()
    {
        var opened = Assert.IsType<PeriodOpened>(Assert.Single(
            PeriodDecider.Open(Guid.NewGuid(), new OpenPeriodInput(" Herbst ", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1), 4),
                Given.Now).Events));

        Assert.Equal("Herbst", opened.Name);
    }
}
