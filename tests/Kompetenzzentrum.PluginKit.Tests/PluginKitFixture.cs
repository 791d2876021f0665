using System.Diagnostics;
using System.Text.Json;
using Kompetenzzentrum.PluginTesting;

namespace Kompetenzzentrum.PluginKit.Tests;

/// <summary>
/// What a partner center does with the kit, once per test run: the packages packed (or those in <c>KZ_PACKAGES</c>), the template
/// installed into a hive of its own, a plugin <c>Werkstatt</c> made from it in a temporary folder outside the repository with a
/// <c>nuget.config</c> of the packed packages and nuget.org only, its tests run, the plugin published into a plugins folder and
/// the host of the Testing package started with it. Each step's duration is kept for the report.
/// </summary>
public sealed class PluginKitFixture : IAsyncLifetime
{
    public const string Plugin = "Werkstatt";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

    private readonly string _scratch = Directory.CreateTempSubdirectory("kz-plugin-kit-").FullName;
    private PluginTestHost? _host;

    public Dictionary<string, TimeSpan> Durations { get; } = new(StringComparer.Ordinal);

    /// <summary>The output of the generated plugin's own <c>dotnet test</c>.</summary>
    public DotnetCli.Run PluginTests { get; private set; } = new(-1, "", TimeSpan.Zero);

    public string PluginFolder => Path.Combine(_scratch, Plugin);

    /// <summary>The folder of the packed packages.</summary>
    public string Packages { get; private set; } = "";

    public PluginTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        var packages = Packages = await Step("pack", PackagesAsync);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Packages restored for the plugin go to a folder of this run; the machine's folder only serves as a read-only fallback.
            ["NUGET_PACKAGES"] = Path.Combine(_scratch, "nuget"),
        };
        var hive = Path.Combine(_scratch, "hive");
        var template = Directory.GetFiles(packages, "Kompetenzzentrum.Templates.*.nupkg").Single();
        await Step("template", async () =>
        {
            await DotnetCli.SucceedAsync(_scratch, environment, Limit, "new", "install", template, "--debug:custom-hive", hive);
            await DotnetCli.SucceedAsync(_scratch, environment, Limit,
                "new", "kz-plugin", "-n", Plugin, "-o", PluginFolder, "--debug:custom-hive", hive);
        });
        await File.WriteAllTextAsync(Path.Combine(PluginFolder, "nuget.config"), NugetConfig(packages));
        PluginTests = await Step("plugin tests", () => DotnetCli.RunAsync(PluginFolder, environment, Limit, "test", $"{Plugin}.slnx"));
        var plugins = Path.Combine(_scratch, "plugins");
        await Step("publish", () => DotnetCli.SucceedAsync(PluginFolder, environment, Limit,
            "publish", Path.Combine("src", Plugin), "-c", "Release", "-o", Path.Combine(plugins, Plugin)));
        _host = await Step("host start", () => PluginTestHost.StartAsync(new PluginTestHostOptions
        {
            // The host the Testing package brought into the plugin's test output.
            HostPath = Directory.GetDirectories(Path.Combine(PluginFolder, "tests", $"{Plugin}.Tests", "bin"), "kz-host", SearchOption.AllDirectories)
                .Single(),
            PluginsPath = plugins,
        }));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>The assets file of a generated project: what its restore resolved, and from where.</summary>
    public JsonElement Assets(string project) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(PluginFolder, project, "obj", "project.assets.json"))).RootElement;

    private async Task<T> Step<T>(string name, Func<Task<T>> step)
    {
        var clock = Stopwatch.StartNew();
        var result = await step();
        Durations[name] = clock.Elapsed;
        return result;
    }

    private async Task Step(string name, Func<Task> step) => await Step(name, async () =>
    {
        await step();
        return true;
    });

    /// <summary>
    /// <c>KZ_PACKAGES</c> when a build step packed them already; else Contracts, Contracts.Ui, Testing and Templates packed once from this
    /// repository, under a version of this run so no package cache holds an older build of the same version.
    /// </summary>
    private async Task<string> PackagesAsync()
    {
        if (Environment.GetEnvironmentVariable("KZ_PACKAGES") is { Length: > 0 } given
            && Directory.Exists(given) && Directory.GetFiles(given, "Kompetenzzentrum.Templates.*.nupkg").Length > 0)
        {
            return given;
        }
        var root = RepositoryRoot();
        var output = Path.Combine(_scratch, "packages");
        string[] projects = ["src/Contracts/Kompetenzzentrum.Contracts.csproj", "src/Contracts.Ui/Kompetenzzentrum.Contracts.Ui.csproj",
            "src/Sdk/Testing/Kompetenzzentrum.PluginTesting.csproj", "templates/Kompetenzzentrum.Templates.csproj"];
        var version = $"1.0.0-proof.{DateTime.UtcNow:yyyyMMddHHmmss}";
        foreach (var project in projects)
        {
            await DotnetCli.SucceedAsync(root, new Dictionary<string, string>(), Limit,
                "pack", project, "-c", "Release", "--disable-build-servers", "-v", "q", "-nologo", "-clp:ErrorsOnly",
                $"-p:PackageVersion={version}", $"-p:PackageOutputPath={output}/");
        }
        return output;
    }

    private static string NugetConfig(string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="kit" value="{packages}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <fallbackPackageFolders>
            <clear />
            <add key="machine" value="{MachinePackages()}" />
          </fallbackPackageFolders>
        </configuration>
        """;

    private static string MachinePackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The version of a packed package, from its file name.</summary>
    public string VersionOf(string id)
    {
        var name = Path.GetFileNameWithoutExtension(Directory.GetFiles(Packages, id + ".*.nupkg")
            .Single(f => char.IsDigit(Path.GetFileName(f)[id.Length + 1])));
        return name[(id.Length + 1)..];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kompetenzzentrum.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (Kompetenzzentrum.sln) was not found.");
    }
}
