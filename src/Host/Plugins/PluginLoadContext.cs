using System.Reflection;
using System.Runtime.Loader;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// One load context per module or plugin. Everything the host itself ships (Contracts, Marten, JasperFx,
/// Quartz, ASP.NET Core, ...) comes from the default context, so a plugin's types meet the host's types as
/// the same types; only the plugin's private dependencies are loaded from its own folder.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    public string MainAssemblyPath { get; } = mainAssemblyPath;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.IsShared(assemblyName))
        {
            return null;
        }
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}

/// <summary>The assemblies the host provides to every plugin.</summary>
internal static class SharedAssemblies
{
    private static readonly HashSet<string> HostAssemblies = ReadTrustedPlatformAssemblies();

    public static bool IsShared(AssemblyName name) =>
        name.Name is not null
        && (HostAssemblies.Contains(name.Name)
            || Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.Ordinal)));

    private static AssemblyLoadContext Default => AssemblyLoadContext.Default;

    // The trusted platform assemblies are the framework plus everything in the host's deps.json.
    private static HashSet<string> ReadTrustedPlatformAssemblies()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
