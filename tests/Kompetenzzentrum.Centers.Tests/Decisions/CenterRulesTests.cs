using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Centers.Tests.Decisions;

public sealed class CenterRulesTests
{
    private static IEnumerable<string> FieldsOf(Result<CenterDetails> result) =>
        Assert.IsType<Refusal>(result.Refusal).Fields.Select(f => f.Field);

    [Fact]
    public void Given_a_good_input_Then_it_is_trimmed_and_short_name_prefix_and_colours_are_lower_case()
    {
        var details = CenterRules.Check(Given.Input(shortName: "Lausitz", prefix: "/Lausitz/"), isDefault: false).Value;

        Assert.Equal("Zentrum Lausitz", details.Name);
        Assert.Equal("lausitz", details.ShortName);
        Assert.Equal("lausitz", details.PathPrefix);
        Assert.Equal("#004b87", details.PrimaryColor);
        Assert.Null(details.HostName);
    }

    [Theory]
    [InlineData("primaryColor", "004b87")]
    [InlineData("primaryColor", "#04b87")]
    [InlineData("secondaryColor", "blue")]
    [InlineData("logoUrl", "http://example.org/logo.png")]
    [InlineData("logoUrl", "logo.png")]
    [InlineData("contactEmail", "kontakt-at-example.org")]
    [InlineData("contactPhone", "ruf mich an")]
    [InlineData("shortName", "Zentrum Lausitz")]
    [InlineData("shortName", "a")]
    [InlineData("shortName", "-lausitz")]
    [InlineData("hostName", "https://lausitz.example.org")]
    [InlineData("hostName", "lausitz.example.org:8080")]
    [InlineData("hostName", "localhost")]
    [InlineData("pathPrefix", "lausitz/cottbus")]
    [InlineData("pathPrefix", "backoffice")]
    [InlineData("pathPrefix", "api")]
    public void Given_one_bad_field_Then_that_field_is_named(string field, string value)
    {
        var good = Given.Input(prefix: field == "hostName" ? null : "lausitz");
        var input = field switch
        {
            "primaryColor" => good with { PrimaryColor = value },
            "secondaryColor" => good with { SecondaryColor = value },
            "logoUrl" => good with { LogoUrl = value },
            "contactEmail" => good with { ContactEmail = value },
            "contactPhone" => good with { ContactPhone = value },
            "shortName" => good with { ShortName = value },
            "hostName" => good with { HostName = value },
            _ => good with { PathPrefix = value },
        };

        Assert.Equal([field], FieldsOf(CenterRules.Check(input, isDefault: false)));
    }

    [Fact]
    public void Given_nothing_Then_name_short_name_colours_and_address_are_named()
    {
        var empty = new CenterInput(" ", null, null, null, null, null, null, null, null, null);

        Assert.Equal(["name", "shortName", "primaryColor", "secondaryColor", "hostName"], FieldsOf(CenterRules.Check(empty, isDefault: false)));
    }

    [Fact]
    public void Given_a_host_name_and_a_path_prefix_Then_only_one_address_is_allowed()
    {
        var both = Given.Input(host: "lausitz.example.org", prefix: "lausitz");

        Assert.Equal(["pathPrefix"], FieldsOf(CenterRules.Check(both, isDefault: false)));
        Assert.Equal("lausitz.example.org", CenterRules.Check(both with { PathPrefix = null }, isDefault: false).Value.HostName);
    }

    [Fact]
    public void Given_no_address_Then_only_the_default_center_may_have_none()
    {
        var none = Given.Input(prefix: null);

        Assert.Equal(["hostName"], FieldsOf(CenterRules.Check(none, isDefault: false)));
        Assert.True(CenterRules.Check(none, isDefault: true).Succeeded);
    }

    [Fact]
    public void Given_a_name_longer_than_200_Then_the_name_is_too_long()
    {
        var refusal = CenterRules.Check(Given.Input() with { Name = new string('x', 201) }, isDefault: false).Refusal;

        Assert.Equal("centers.text-too-long", Assert.Single(refusal!.Fields).Code);
    }
}
