using System.Reflection;
using System.Runtime.Loader;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Lets the default load context find a loaded module's or plugin's main assembly by name. Marten stores an event's
/// type by its assembly-qualified name and resolves it with <see cref="Type.GetType(string)"/>, which looks in the default
/// context only: without this, a process that reads a stream before appending to it (a restarted host erasing an account,
/// the <c>org-erase</c> command) cannot load the module's event types. Only main assemblies are offered, so the modules'
/// private dependencies stay in their own contexts.
/// </summary>
internal static class MainAssemblies
{
    private static readonly Dictionary<string, Assembly> ByName = new(StringComparer.Ordinal);

    static MainAssemblies() => AssemblyLoadContext.Default.Resolving += (_, name) => Find(name.Name);

    public static void Register(Assembly assembly)
    {
        lock (ByName)
        {
            ByName.TryAdd(assembly.GetName().Name!, assembly);
        }
    }

    private static Assembly? Find(string? name)
    {
        lock (ByName)
        {
            return name is not null && ByName.TryGetValue(name, out var assembly) ? assembly : null;
        }
    }
}
