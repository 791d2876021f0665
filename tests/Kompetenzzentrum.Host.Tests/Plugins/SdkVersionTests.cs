using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>
/// The SDK version rule over real assembly metadata: plugins compiled (here, with Roslyn) against SDK assemblies of
/// several versions, read back the way the host reads a plugin folder. The host's version is a parameter of the rule,
/// so an older minor can be tried while the SDK is still at x.0.
/// </summary>
public sealed class SdkVersionTests : IDisposable
{
    private static readonly Version Host = new(1, 2, 0);
    private readonly string _folder = Directory.CreateTempSubdirectory("kz-sdk-versions-").FullName;

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.2.0")]
    [InlineData("1.2.7")]
    public void Given_a_plugin_built_against_the_same_major_and_an_older_or_equal_minor_Then_it_is_accepted(string sdk)
    {
        var builtAgainst = SdkCompatibility.BuiltAgainst(PluginBuiltAgainst(sdk));

        Assert.Equal(Version.Parse(sdk), builtAgainst);
        Assert.Null(SdkCompatibility.Refusal(builtAgainst!, Host));
    }

    [Fact]
    public void Given_a_plugin_built_against_a_newer_minor_Then_it_is_refused_naming_both_versions()
    {
        var refusal = SdkCompatibility.Refusal(SdkCompatibility.BuiltAgainst(PluginBuiltAgainst("1.3.0"))!, Host);

        Assert.Equal("built against plugin SDK 1.3.0, newer than the host's SDK 1.2.0 (accepts 1.0 to 1.2)", refusal);
    }

    [Theory]
    [InlineData("2.0.0", "2.0.0")]
    [InlineData("0.9.0", "0.9.0")]
    [InlineData("2.1.0.5", "2.1.0")]
    public void Given_a_plugin_built_against_another_major_Then_it_is_refused_naming_both_versions(string sdk, string shown)
    {
        var refusal = SdkCompatibility.Refusal(SdkCompatibility.BuiltAgainst(PluginBuiltAgainst(sdk))!, Host);

        Assert.Equal($"built against plugin SDK {shown}, another major version than the host's SDK 1.2.0 (accepts 1.0 to 1.2)", refusal);
    }

    [Fact]
    public void Given_a_plugin_whose_page_kit_reference_is_a_newer_minor_than_its_contracts_Then_the_newer_one_counts()
    {
        var builtAgainst = SdkCompatibility.BuiltAgainst(PluginWithPagesBuiltAgainst(contracts: "1.1.0", pageKit: "1.3.0"));

        Assert.Equal(new Version(1, 3, 0), builtAgainst);
        Assert.Equal("built against plugin SDK 1.3.0, newer than the host's SDK 1.2.0 (accepts 1.0 to 1.2)",
            SdkCompatibility.Refusal(builtAgainst!, Host));
    }

    [Fact]
    public void Given_the_built_plugins_Then_the_sample_records_this_SDK_and_the_wrong_contract_plugin_the_next_major()
    {
        var sample = SdkCompatibility.BuiltAgainst(Path.Combine(Artifacts.Folder("plugins", "Lernfabrik.Plugin"), "Lernfabrik.Plugin.dll"));
        var wrong = SdkCompatibility.BuiltAgainst(Path.Combine(Artifacts.Folder("test-plugins", "WrongContractPlugin"), "WrongContractPlugin.dll"));

        Assert.Equal(ModuleContract.SdkVersion, sample);
        Assert.Null(SdkCompatibility.Refusal(sample!, ModuleContract.SdkVersion));
        Assert.Equal(ModuleContract.SdkVersion.Major + 1, wrong!.Major);
        Assert.NotNull(SdkCompatibility.Refusal(wrong, ModuleContract.SdkVersion));
    }

    [Fact]
    public void Given_the_SDK_Then_its_version_is_the_contracts_assembly_version_in_three_parts()
    {
        var assembly = typeof(ModuleContract).Assembly.GetName().Version!;

        Assert.Equal(new Version(assembly.Major, assembly.Minor, assembly.Build), ModuleContract.SdkVersion);
        Assert.Equal(3, ModuleContract.SdkVersion.ToString().Split('.').Length);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // An SDK assembly of the given version, and a plugin that uses one of its types: the compiler records the reference.
    private string PluginBuiltAgainst(string sdk)
    {
        var name = "Plugin" + sdk.Replace('.', '_');
        var sdkPath = Compile(SdkCompatibility.SdkAssembly, $"[assembly: System.Reflection.AssemblyVersion(\"{sdk}\")] "
            + "namespace Kompetenzzentrum.Contracts.Modules { public interface IModule { } }", sdk);
        return Compile(name, "public sealed class Entry : Kompetenzzentrum.Contracts.Modules.IModule { }", sdk, sdkPath);
    }

    // A plugin that uses both SDK assemblies, each of its own version.
    private string PluginWithPagesBuiltAgainst(string contracts, string pageKit)
    {
        var sdkPath = Compile(SdkCompatibility.SdkAssembly, $"[assembly: System.Reflection.AssemblyVersion(\"{contracts}\")] "
            + "namespace Kompetenzzentrum.Contracts.Modules { public interface IModule { } }", "pages-" + contracts);
        var kitPath = Compile(SdkCompatibility.PageKitAssembly, $"[assembly: System.Reflection.AssemblyVersion(\"{pageKit}\")] "
            + "namespace Kompetenzzentrum.Contracts.Ui { public static class UiPaths { public static string Home() => \"/\"; } }", "kit-" + pageKit);
        return Compile("PagesPlugin", "public sealed class Entry : Kompetenzzentrum.Contracts.Modules.IModule "
            + "{ public string Home() => Kompetenzzentrum.Contracts.Ui.UiPaths.Home(); }", "pages-plugin", sdkPath, kitPath);
    }

    private string Compile(string assembly, string source, string folder, params string[] references)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_folder, folder)).FullName;
        var path = Path.Combine(directory, assembly + ".dll");
        var compilation = CSharpCompilation.Create(
            assembly,
            [CSharpSyntaxTree.ParseText(source)],
            references.Select(r => MetadataReference.CreateFromFile(r)).Append(MetadataReference.CreateFromFile(typeof(object).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return path;
    }
}
