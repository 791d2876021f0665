namespace Kompetenzzentrum.Architecture.Tests;

public sealed class BoundaryTests
{
    private const string Contracts = "Kompetenzzentrum.Contracts";
    private static readonly AssemblyFacts Host = AssemblyFacts.Read(typeof(Program).Assembly.Location);
    private static readonly AssemblyFacts[] Modules = AssemblyFacts.InArtifacts("modules").ToArray();
    private static readonly AssemblyFacts[] Plugins = AssemblyFacts.InArtifacts("plugins").ToArray();

    [Fact]
    public void Host_does_not_reference_any_module_or_plugin()
    {
        Assert.Equal(8, Modules.Length);
        var forbidden = Modules.Concat(Plugins).Select(m => m.Name).ToHashSet();
        Assert.DoesNotContain(Host.References, forbidden.Contains);
        Assert.DoesNotContain(Host.References, r => r.StartsWith("Kompetenzzentrum.Modules", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_project_file_has_no_project_reference_to_a_module_or_plugin()
    {
        var project = File.ReadAllText(Path.Combine(Repository.Root(), "src", "Host", "Kompetenzzentrum.Host.csproj"));
        Assert.DoesNotMatch(@"ProjectReference[^>]*(Modules|plugins)", project);
    }

    [Fact]
    public void Modules_reference_only_contracts_of_our_assemblies()
    {
        foreach (var module in Modules)
        {
            var ours = module.References.Where(r => r.StartsWith("Kompetenzzentrum.", StringComparison.Ordinal));
            Assert.All(ours, r => Assert.Equal(Contracts, r));
        }
    }

    [Fact]
    public void Plugins_reference_only_contracts_of_our_assemblies()
    {
        Assert.NotEmpty(Plugins);
        var moduleNames = Modules.Select(m => m.Name).ToHashSet();
        foreach (var plugin in Plugins)
        {
            var ours = plugin.References.Where(r => r.StartsWith("Kompetenzzentrum.", StringComparison.Ordinal) || moduleNames.Contains(r));
            Assert.All(ours, r => Assert.Equal(Contracts, r));
        }
    }

    [Fact]
    public void Only_contracts_is_public_api_modules_and_plugins_expose_just_their_entry_type()
    {
        foreach (var assembly in Modules.Concat(Plugins))
        {
            var type = Assert.Single(assembly.PublicTypes);
            Assert.EndsWith("Module", type, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Host_exposes_nothing_but_its_entry_point()
    {
        Assert.Equal(["Program"], Host.PublicTypes.Select(t => t.TrimStart('.')));
    }
}
