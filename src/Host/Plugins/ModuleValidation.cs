namespace Kompetenzzentrum.Host.Plugins;

/// <summary>The checks between discovery and registration: unique ids (the SDK version is checked at discovery), switches, dependencies.</summary>
internal static class ModuleValidation
{
    public static void CheckManifests(IReadOnlyList<LoadedModule> modules, IConfiguration configuration)
    {
        var seen = new Dictionary<string, LoadedModule>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in modules.Where(m => m.IsLoaded))
        {
            var descriptor = entry.Descriptor!;
            if (string.IsNullOrWhiteSpace(descriptor.Id) || descriptor.Id.Any(char.IsUpper))
            {
                entry.Fail($"module id '{descriptor.Id}' must be non-empty and lower case");
            }
            else if (seen.TryGetValue(descriptor.Id, out var first))
            {
                entry.Fail($"duplicate module id '{descriptor.Id}', already loaded from {first.Path}");
            }
            else
            {
                seen[descriptor.Id] = entry;
                if (!configuration.GetValue($"Modules:{descriptor.Id}:Enabled", true))
                {
                    entry.Disable($"switched off by configuration (Modules:{descriptor.Id}:Enabled=false)");
                }
            }
        }
    }

    /// <summary>Fails every loaded module whose dependency is not loaded, until nothing changes.</summary>
    public static void CheckDependencies(IReadOnlyList<LoadedModule> modules)
    {
        bool changed;
        do
        {
            var loaded = modules.Where(m => m.IsLoaded).Select(m => m.Descriptor!.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            changed = false;
            foreach (var entry in modules.Where(m => m.IsLoaded))
            {
                var missing = entry.Descriptor!.DependsOn.Where(d => !loaded.Contains(d)).ToList();
                if (missing.Count > 0)
                {
                    entry.Fail($"depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not loaded");
                    changed = true;
                }
            }
        }
        while (changed);
    }
}
