using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>Every module and plugin folder the host looked at, with its outcome. One per host.</summary>
internal sealed class ModuleRegistry(IReadOnlyList<LoadedModule> entries)
{
    public IReadOnlyList<LoadedModule> Entries { get; } = entries;

    public IEnumerable<IModule> Loaded => Entries.Where(e => e.IsLoaded).Select(e => e.Module!);

    public IEnumerable<PluginLoadContext> LoadContexts =>
        Entries.Where(e => e.IsLoaded && e.LoadContext is not null).Select(e => e.LoadContext!);

    /// <summary>Runs a later hook (store, jobs, endpoints) on every loaded module; a throwing module is marked failed.</summary>
    public void ForEachLoaded(Action<IModule> hook)
    {
        foreach (var entry in Entries.Where(e => e.IsLoaded))
        {
            try
            {
                hook(entry.Module!);
            }
            catch (Exception ex)
            {
                entry.Fail("hook threw " + ModuleDiscovery.Describe(ex));
            }
        }
    }

    public static ModuleRegistry Load(ModulePaths paths, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var entries = ModuleDiscovery.Discover(paths.Modules, ModuleKind.Module)
            .Concat(ModuleDiscovery.Discover(paths.Plugins, ModuleKind.Plugin))
            .ToList();
        ModuleValidation.CheckManifests(entries, configuration);
        ModuleValidation.CheckDependencies(entries);
        ModuleRegistration.Register(entries, services, configuration, environment);
        ModuleValidation.CheckDependencies(entries);
        return new ModuleRegistry(entries);
    }
}
