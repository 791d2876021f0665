using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Host.Tests.Kernel;

public sealed class IdsTests
{
    [Fact]
    public void Derived_ids_are_stable_differ_by_scope_and_never_equal_the_source()
    {
        var organisation = Guid.NewGuid();
        var a = Ids.Derived("networking-sme-profile", organisation);

        Assert.Equal(a, Ids.Derived("networking-sme-profile", organisation));
        Assert.NotEqual(a, Ids.Derived("networking-startup-profile", organisation));
        Assert.NotEqual(organisation, a);
        Assert.Equal(8, a.Version);
    }

    [Theory]
    [InlineData(0, MaturityLevel.Einsteiger)]
    [InlineData(24.9, MaturityLevel.Einsteiger)]
    [InlineData(25, MaturityLevel.Entdecker)]
    [InlineData(50, MaturityLevel.Gestalter)]
    [InlineData(75, MaturityLevel.Vorreiter)]
    [InlineData(100, MaturityLevel.Vorreiter)]
    public void Maturity_levels_follow_the_score_boundaries(double score, MaturityLevel level) =>
        Assert.Equal(level, MaturityLevels.FromScore(score));
}
