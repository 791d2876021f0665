using Kompetenzzentrum.Host.Plugins;

namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// The modules are the platform (catalog, accounts, …): without their folder the host cannot run. A partner
/// plugin folder that is configured but missing (an unmounted volume, a typo) is a warning: the platform runs
/// without partner offerings, as it does when one plugin fails to load.
/// </summary>
internal static class ModuleFolderCheck
{
    public static void Verify(ModulePaths paths, IConfiguration configuration, ConfigurationWarnings warnings)
    {
        var section = configuration.GetSection("Kompetenzzentrum");
        if (paths.Modules is null || !Directory.Exists(paths.Modules))
        {
            throw new ConfigurationError(string.IsNullOrWhiteSpace(section["ModulesPath"])
                ? $"No modules folder found: expected modules/ beside the host in {AppContext.BaseDirectory}, or set Kompetenzzentrum:ModulesPath."
                : $"Kompetenzzentrum:ModulesPath '{section["ModulesPath"]}' does not exist, and the host cannot run without its modules.");
        }
        if (!string.IsNullOrWhiteSpace(section["PluginsPath"]) && (paths.Plugins is null || !Directory.Exists(paths.Plugins)))
        {
            warnings.Add($"Kompetenzzentrum:PluginsPath '{section["PluginsPath"]}' does not exist, so no partner plugins are loaded.");
        }
    }
}
