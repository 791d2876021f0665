using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Tours;

namespace Kompetenzzentrum.Media.Tests.Decisions;

public sealed class TourDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Offering = Guid.NewGuid();
    private static readonly SetTourDetails Command = new(" Muster GmbH ", "Werkstraße 1, Jena", [new AgendaItem("10:00", "Werksrundgang")]);
    private static readonly TourStream Described = new(TourStreams.Of(Offering), Offering, true);

    [Fact]
    public void Given_no_description_When_the_tour_is_described_without_a_version_Then_it_is_set()
    {
        var set = Assert.IsType<TourDetailsSet>(Assert.Single(TourDecider.Set(null, 0, null, Offering, Command, Now).Events));

        Assert.Equal("Muster GmbH", set.HostCompany);
    }

    [Fact]
    public void Given_a_description_at_version_1_When_it_is_changed_without_a_version_Then_a_version_is_required()
    {
        var refused = TourDecider.Set(Described, 1, null, Offering, Command, Now).Refused;

        Assert.Equal(RefusalKind.Stale, refused?.Kind);
        Assert.Equal(VersionDecider.RequiredCode, refused?.Code);
    }

    [Fact]
    public void Given_a_description_at_version_2_When_it_is_changed_on_version_1_Then_it_is_stale()
    {
        Assert.Equal(VersionDecider.StaleCode, TourDecider.Set(Described, 2, 1, Offering, Command, Now).Refused?.Code);
        Assert.Equal(VersionDecider.StaleCode, TourDecider.Remove(Described, 2, 1, Offering, Now).Refused?.Code);
    }

    [Fact]
    public void Given_a_description_at_version_2_When_it_is_removed_on_version_2_Then_it_is_removed()
    {
        Assert.IsType<TourDetailsRemoved>(Assert.Single(TourDecider.Remove(Described, 2, 2, Offering, Now).Events));
    }

    [Fact]
    public void Given_no_description_When_it_is_removed_Then_it_is_not_found()
    {
        Assert.Equal(RefusalKind.NotFound, TourDecider.Remove(Described with { Described = false }, 2, 2, Offering, Now).Refused?.Kind);
    }

    [Fact]
    public void A_description_without_host_address_or_agenda_names_the_three_fields_before_any_version_check()
    {
        var refused = TourDecider.Set(Described, 2, 1, Offering, new SetTourDetails(" ", null, []), Now).Refused;

        Assert.Equal(RefusalKind.Invalid, refused?.Kind);
        Assert.Equal(["hostCompany", "address", "agenda"], refused!.Fields.Select(f => f.Field));
    }
}
