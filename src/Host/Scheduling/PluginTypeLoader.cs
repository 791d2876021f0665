using Kompetenzzentrum.Host.Plugins;
using Quartz.Extensibility;

namespace Kompetenzzentrum.Host.Scheduling;

/// <summary>
/// Resolves job type names stored in the job store. <see cref="Type.GetType(string)"/> sees only the default
/// load context, so a job type from a module or plugin would not be found after a restart; this loader also
/// asks each module's load context.
/// </summary>
internal sealed class PluginTypeLoader(ModuleRegistry modules) : ITypeLoader
{
    public Type? LoadType(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        // Plugin contexts first: a test process may also hold a copy of a module in the default context, and
        // the job must be the type the host's container registered.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var typeName = comma < 0 ? name : name[..comma].Trim();
        foreach (var context in modules.LoadContexts)
        {
            foreach (var assembly in context.Assemblies)
            {
                if (assembly.GetType(typeName, throwOnError: false) is { } found)
                {
                    return found;
                }
            }
        }
        return Type.GetType(name, throwOnError: false);
    }
}
