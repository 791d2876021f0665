using Kompetenzzentrum.Modules.Centers.Resolution;

namespace Kompetenzzentrum.Centers.Tests.Decisions;

public sealed class CenterResolutionTests
{
    private static readonly Modules.Centers.Centers.Center Default = Given.Center("zentrum", isDefault: true);
    private static readonly Modules.Centers.Centers.Center ByHost = Given.Center("lausitz", host: "lausitz.example.org");
    private static readonly Modules.Centers.Centers.Center ByPrefix = Given.Center("jena", prefix: "jena");
    private static readonly IReadOnlyList<Modules.Centers.Centers.Center> All = [Default, ByHost, ByPrefix];

    [Theory]
    [InlineData("lausitz.example.org", "/katalog", "lausitz")]
    [InlineData("LAUSITZ.Example.org.", "/", "lausitz")]
    [InlineData("lausitz.example.org", "/jena/katalog", "lausitz")]
    [InlineData("kz.example.org", "/jena/katalog", "jena")]
    [InlineData("kz.example.org", "/JENA", "jena")]
    [InlineData("kz.example.org", "/jenaer/katalog", "zentrum")]
    [InlineData("kz.example.org", "/katalog/jena", "zentrum")]
    [InlineData("", "", "zentrum")]
    [InlineData(null, null, "zentrum")]
    public void Host_name_first_then_path_prefix_else_the_default_center(string? host, string? path, string expected)
    {
        Assert.Equal(expected, CenterResolution.Resolve(All, host, path)?.Details.ShortName);
    }

    [Fact]
    public void Given_no_default_center_and_no_match_Then_there_is_none()
    {
        Assert.Null(CenterResolution.Resolve([ByHost, ByPrefix], "kz.example.org", "/katalog"));
        Assert.Null(CenterResolution.Resolve([], "lausitz.example.org", "/jena"));
    }
}
