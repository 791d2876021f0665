using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>A host whose plugins folder is a temporary folder the derived fixture fills before the host starts.</summary>
public abstract class PluginFolderFixture : HostFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-plugins-" + Guid.NewGuid().ToString("N")[..8]);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:PluginsPath"] = _folder,
    };

    /// <summary>Copies the plugins under test into <paramref name="folder"/>.</summary>
    protected abstract void Fill(string folder);

    public override Task InitializeAsync()
    {
        Fill(_folder);
        return base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
