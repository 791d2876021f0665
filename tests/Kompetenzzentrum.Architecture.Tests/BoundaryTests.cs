namespace Kompetenzzentrum.Architecture.Tests;

public sealed class BoundaryTests
{
    // The plugin SDK: the module contract and its page kit.
    private static readonly string[] Sdk = ["Kompetenzzentrum.Contracts", "Kompetenzzentrum.Contracts.Ui"];
    private static readonly AssemblyFacts Host = AssemblyFacts.Read(typeof(Program).Assembly.Location);
    private static readonly AssemblyFacts[] Modules = AssemblyFacts.InArtifacts("modules").ToArray();
    private static readonly AssemblyFacts[] Plugins = AssemblyFacts.InArtifacts("plugins").ToArray();

    [Fact]
    public void Host_does_not_reference_any_module_or_plugin()
    {
        Assert.Equal(9, Modules.Length);
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
    public void Modules_reference_only_the_sdk_of_our_assemblies()
    {
        foreach (var module in Modules)
        {
            var ours = module.References.Where(r => r.StartsWith("Kompetenzzentrum.", StringComparison.Ordinal));
            Assert.All(ours, r => Assert.Contains(r, Sdk));
        }
    }

    [Fact]
    public void Plugins_in_the_repository_build_against_the_sdk_packages_as_a_partner_does()
    {
        var projects = Directory.GetFiles(Path.Combine(Repository.Root(), "plugins"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var text = File.ReadAllText(project);
            Assert.DoesNotContain("ProjectReference", text, StringComparison.Ordinal);
            Assert.Contains("PackageReference Include=\"Kompetenzzentrum.Contracts\"", text, StringComparison.Ordinal);
            // What the restore resolved: the SDK as a package of the local source, not a project of this repository.
            using var assets = System.Text.Json.JsonDocument.Parse(
                File.ReadAllText(Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json")));
            var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject()
                .Where(l => l.Name.StartsWith("Kompetenzzentrum.", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(libraries);
            Assert.All(libraries, l => Assert.Equal("package", l.Value.GetProperty("type").GetString()));
        }
    }

    [Fact]
    public void Plugins_reference_only_the_sdk_of_our_assemblies()
    {
        Assert.NotEmpty(Plugins);
        var moduleNames = Modules.Select(m => m.Name).ToHashSet();
        foreach (var plugin in Plugins)
        {
            var ours = plugin.References.Where(r => r.StartsWith("Kompetenzzentrum.", StringComparison.Ordinal) || moduleNames.Contains(r));
            Assert.All(ours, r => Assert.Contains(r, Sdk));
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
    public void Contracts_does_not_depend_on_its_page_kit()
    {
        var contracts = AssemblyFacts.Read(typeof(Kompetenzzentrum.Contracts.Modules.IModule).Assembly.Location);

        Assert.Equal("Kompetenzzentrum.Contracts", contracts.Name);
        Assert.DoesNotContain("Kompetenzzentrum.Contracts.Ui", contracts.References);
        Assert.DoesNotContain(contracts.References, r => r.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_exposes_nothing_but_its_entry_point()
    {
        Assert.Equal(["Program"], Host.PublicTypes.Select(t => t.TrimStart('.')));
    }
}
