using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>A plugins folder with the sample plugin next to every kind of broken plugin.</summary>
public sealed class BrokenPluginsFixture : HostFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-broken-plugins-" + Guid.NewGuid().ToString("N")[..8]);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:PluginsPath"] = _folder,
    };

    public override Task InitializeAsync()
    {
        Artifacts.CopyFolder(Artifacts.Folder("plugins", "Lernfabrik.Plugin"), Path.Combine(_folder, "Lernfabrik.Plugin"));
        foreach (var broken in new[] { "ThrowingPlugin", "WrongContractPlugin", "MissingDependencyPlugin" })
        {
            Artifacts.CopyFolder(Artifacts.Folder("test-plugins", broken), Path.Combine(_folder, broken));
        }
        // The same plugin a second time under another file name: a duplicate id.
        var copy = Path.Combine(_folder, "Lernfabrik.Zweitkopie");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(_folder, "Lernfabrik.Plugin", "Lernfabrik.Plugin.dll"), Path.Combine(copy, "Lernfabrik.Zweitkopie.dll"));
        Directory.CreateDirectory(Path.Combine(_folder, "EmptyPlugin"));
        return base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
