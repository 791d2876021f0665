using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>A plugins folder with the sample plugin next to a plugin that loads fine and then fails at run time.</summary>
public sealed class FaultyPluginFixture : PluginFolderFixture
{
    protected override void Fill(string folder)
    {
        Artifacts.CopyFolder(Artifacts.Folder("plugins", "Lernfabrik.Plugin"), Path.Combine(folder, "Lernfabrik.Plugin"));
        Artifacts.CopyFolder(Artifacts.Folder("test-plugins", "FaultyPlugin"), Path.Combine(folder, "FaultyPlugin"));
    }
}
