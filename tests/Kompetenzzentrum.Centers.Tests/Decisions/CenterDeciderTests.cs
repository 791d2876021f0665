using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Centers.Tests.Decisions;

public sealed class CenterDeciderTests
{
    private static readonly Guid Id = Guid.NewGuid();

    [Fact]
    public void Given_no_other_center_When_one_is_created_Then_it_is_created_with_its_checked_details()
    {
        var created = Assert.IsType<CenterCreated>(Assert.Single(CenterDecider.Create(Id, Given.Input(), [], false, Given.Now).Events));

        Assert.Equal(Id, created.CenterId);
        Assert.Equal("Zentrum Lausitz", created.Details.Name);
        Assert.False(created.IsDefault);
    }

    [Theory]
    [InlineData("shortName", "centers.short-name-taken")]
    [InlineData("hostName", "centers.host-taken")]
    [InlineData("pathPrefix", "centers.prefix-taken")]
    public void Given_another_center_with_the_same_short_name_or_address_Then_creating_conflicts_naming_the_field(string field, string code)
    {
        var other = field switch
        {
            "shortName" => Given.Center("lausitz", prefix: "cottbus"),
            "hostName" => Given.Center("jena", host: "lausitz.example.org"),
            _ => Given.Center("jena", prefix: "lausitz"),
        };
        var input = field == "hostName" ? Given.Input(host: "lausitz.example.org", prefix: null) : Given.Input();

        var refused = CenterDecider.Create(Id, input, [other], false, Given.Now).Refused!;

        Assert.Equal(RefusalKind.Conflict, refused.Kind);
        Assert.Equal(code, refused.Code);
        Assert.Equal(field, Assert.Single(refused.Fields).Field);
    }

    [Fact]
    public void Given_a_center_at_version_2_When_it_is_changed_on_version_1_Then_it_is_stale_and_on_version_2_it_changes()
    {
        var current = Given.Center("lausitz", prefix: "lausitz");

        Assert.Equal(CenterDecider.StaleCode, CenterDecider.Change(current, 2, 1, Given.Input(), [current], Given.Now).Refused?.Code);
        Assert.Equal(CenterDecider.VersionRequiredCode, CenterDecider.Change(current, 2, null, Given.Input(), [current], Given.Now).Refused?.Code);
        var changed = Assert.IsType<CenterChanged>(Assert.Single(CenterDecider.Change(current, 2, 2, Given.Input(), [current], Given.Now).Events));
        Assert.Equal(current.Id, changed.CenterId);
    }

    [Fact]
    public void Given_no_center_When_it_is_changed_Then_it_is_not_found()
    {
        Assert.Equal(RefusalKind.NotFound, CenterDecider.Change(null, 0, 1, Given.Input(), [], Given.Now).Refused?.Kind);
    }
}
