using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// The plugin SDK's public API is approved: the surface of Kompetenzzentrum.Contracts and Kompetenzzentrum.Contracts.Ui
/// (types and public/protected members, sorted) must equal the checked-in <c>PublicApi.txt</c> beside each project. A
/// change to the SDK is a decision, not a side effect: update the file in the same commit and bump the SDK version
/// (<c>&lt;Version&gt;</c> in both projects) — the minor for an addition, the major for a removal or change.
/// Run with <c>KZ_UPDATE_PUBLIC_API=1</c> to rewrite the files from the built assemblies.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> SdkAssemblies() => new() { "Contracts", "Contracts.Ui" };

    [Theory]
    [MemberData(nameof(SdkAssemblies))]
    public void The_SDK_public_API_equals_the_approved_file(string project)
    {
        var assembly = project == "Contracts" ? typeof(IModule).Assembly : typeof(UiPages).Assembly;
        var approvedPath = Path.Combine(Repository.Root(), "src", project, "PublicApi.txt");
        var actual = PublicApiSurface.Of(assembly.Location);
        if (Environment.GetEnvironmentVariable("KZ_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllLines(approvedPath, actual);
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllLines(approvedPath) : [];

        var added = actual.Except(approved, StringComparer.Ordinal).ToList();
        var removed = approved.Except(actual, StringComparer.Ordinal).ToList();

        Assert.True(added.Count == 0 && removed.Count == 0,
            $"The public API of Kompetenzzentrum.{project} changed. Review it, then update src/{project}/PublicApi.txt "
            + "(KZ_UPDATE_PUBLIC_API=1 dotnet test --filter PublicApiTests) and bump the SDK version in both SDK projects: "
            + "the minor for an addition only, the major for a removal or change (plugins built against it break).\n"
            + $"Added ({added.Count}):\n  " + string.Join("\n  ", added) + $"\nRemoved ({removed.Count}):\n  " + string.Join("\n  ", removed));
    }

    [Fact]
    public void The_surface_lists_types_and_their_public_members_but_not_internal_ones()
    {
        var surface = PublicApiSurface.Of(typeof(IModule).Assembly.Location);

        Assert.Contains("Kompetenzzentrum.Contracts.Modules.IModule interface", surface);
        Assert.Contains(surface, l => l.StartsWith("Kompetenzzentrum.Contracts.Modules.ModuleContract :: property System.Version SdkVersion",
            StringComparison.Ordinal));
        Assert.DoesNotContain(surface, l => l.Contains("<PrivateImplementationDetails>", StringComparison.Ordinal));
        Assert.Equal(surface.Order(StringComparer.Ordinal), surface);
    }

    [Fact]
    public void Both_SDK_assemblies_carry_the_same_version()
    {
        Assert.Equal(typeof(IModule).Assembly.GetName().Version, typeof(UiPages).Assembly.GetName().Version);
    }
}
