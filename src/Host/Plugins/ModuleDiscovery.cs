using System.Reflection;
using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Finds module and plugin folders and instantiates their entry types. A folder holds one plugin whose main
/// assembly is named like the folder (<c>plugins/Acme.Tours/Acme.Tours.dll</c>). A main assembly built against an
/// SDK this host does not run is refused before it is loaded (<see cref="SdkCompatibility"/>). Nothing thrown here escapes:
/// a broken folder becomes a failed entry with the cause.
/// </summary>
internal static class ModuleDiscovery
{
    public static IEnumerable<LoadedModule> Discover(string? root, ModuleKind kind)
    {
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
        {
            yield break;
        }
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var main = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            var entry = new LoadedModule(main, kind);
            Load(entry);
            yield return entry;
        }
    }

    private static void Load(LoadedModule entry)
    {
        if (!File.Exists(entry.Path))
        {
            entry.Fail($"no main assembly: expected {Path.GetFileName(entry.Path)} in the folder");
            return;
        }
        try
        {
            // Checked on the file's metadata, before any of the plugin's code is loaded.
            entry.SdkVersion = SdkCompatibility.BuiltAgainst(entry.Path);
            var refusal = entry.SdkVersion is null ? null : SdkCompatibility.Refusal(entry.SdkVersion, ModuleContract.SdkVersion);
            if (refusal is not null)
            {
                entry.Fail(refusal);
                return;
            }
            var context = new PluginLoadContext(entry.Path);
            var assembly = context.LoadFromAssemblyPath(entry.Path);
            entry.LoadContext = context;
            var entryTypes = ExportedTypes(assembly)
                .Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (entryTypes.Count != 1)
            {
                entry.Fail($"expected exactly one public {nameof(IModule)} implementation, found {entryTypes.Count}");
                return;
            }
            entry.Module = (IModule)Activator.CreateInstance(entryTypes[0])!;
            MainAssemblies.Register(assembly);
            _ = entry.Module.Descriptor ?? throw new InvalidOperationException("the descriptor is null");
        }
        catch (Exception ex)
        {
            entry.Fail(Describe(ex));
        }
    }

    private static Type[] ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw ex.LoaderExceptions.FirstOrDefault(e => e is not null) ?? ex;
        }
    }

    /// <summary>The innermost useful message: missing assemblies show up wrapped several times.</summary>
    public static string Describe(Exception ex)
    {
        while (ex is TargetInvocationException or TypeInitializationException && ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }
        return $"{ex.GetType().Name}: {ex.Message}";
    }
}
