using System.Reflection;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Where modules and partner plugins are looked for: the configured folders, else <c>modules/</c> and
/// <c>plugins/</c> beside the host, else the artifacts folder the source build copied them to.
/// </summary>
internal sealed record ModulePaths(string? Modules, string? Plugins)
{
    public static ModulePaths From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Kompetenzzentrum");
        return new ModulePaths(
            Resolve(section["ModulesPath"], "modules"),
            Resolve(section["PluginsPath"], "plugins"));
    }

    private static string? Resolve(string? configured, string folder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var beside = Path.Combine(AppContext.BaseDirectory, folder);
        if (Directory.Exists(beside))
        {
            return beside;
        }
        var artifacts = typeof(ModulePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "KzArtifacts")?.Value;
        return artifacts is null ? null : Path.Combine(artifacts, folder);
    }
}
