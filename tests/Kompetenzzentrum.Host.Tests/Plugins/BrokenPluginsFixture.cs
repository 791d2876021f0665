using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>A plugins folder with the sample plugin next to every kind of broken plugin.</summary>
public sealed class BrokenPluginsFixture : PluginFolderFixture
{
    protected override void Fill(string folder)
    {
        Artifacts.CopyFolder(Artifacts.Folder("plugins", "Lernfabrik.Plugin"), Path.Combine(folder, "Lernfabrik.Plugin"));
        foreach (var broken in new[] { "ThrowingPlugin", "WrongContractPlugin", "MissingDependencyPlugin" })
        {
            Artifacts.CopyFolder(Artifacts.Folder("test-plugins", broken), Path.Combine(folder, broken));
        }
        // The same plugin a second time under another file name: a duplicate id.
        var copy = Path.Combine(folder, "Lernfabrik.Zweitkopie");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(folder, "Lernfabrik.Plugin", "Lernfabrik.Plugin.dll"), Path.Combine(copy, "Lernfabrik.Zweitkopie.dll"));
        Directory.CreateDirectory(Path.Combine(folder, "EmptyPlugin"));
    }
}
