using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Which plugin SDK a module or plugin was built against, and whether this host runs it. The version is read from the
/// main assembly's metadata (its reference to Kompetenzzentrum.Contracts, written by the compiler), before any of
/// the plugin's code is loaded: a plugin needs no code of its own to declare it. The page kit
/// (Kompetenzzentrum.Contracts.Ui) is part of the SDK and versioned with it, so its reference counts the same way: the
/// newest of the two is the version the plugin was built against. The rule is SemVer's: the host
/// accepts the same major with a minor up to its own <see cref="ModuleContract.SdkVersion"/> (any patch), and refuses
/// a newer minor (the plugin may use members this host lacks) or another major (incompatible changes).
/// </summary>
internal static class SdkCompatibility
{
    public const string SdkAssembly = "Kompetenzzentrum.Contracts";

    /// <summary>The SDK's page kit, released with the same version as <see cref="SdkAssembly"/>.</summary>
    public const string PageKitAssembly = "Kompetenzzentrum.Contracts.Ui";

    /// <summary>The SDK version the assembly at <paramref name="path"/> references, or null when it references none.</summary>
    public static Version? BuiltAgainst(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        Version? newest = null;
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if ((metadata.StringComparer.Equals(reference.Name, SdkAssembly) || metadata.StringComparer.Equals(reference.Name, PageKitAssembly))
                && (newest is null || reference.Version > newest))
            {
                newest = reference.Version;
            }
        }
        return newest is null ? null : ModuleContract.Semantic(newest);
    }

    /// <summary>Why a plugin built against <paramref name="builtAgainst"/> cannot run on SDK <paramref name="host"/>; null when it can.</summary>
    public static string? Refusal(Version builtAgainst, Version host)
    {
        var accepted = $"accepts {host.Major}.0 to {host.Major}.{host.Minor}";
        if (builtAgainst.Major != host.Major)
        {
            return $"built against plugin SDK {builtAgainst}, another major version than the host's SDK {host} ({accepted})";
        }
        return builtAgainst.Minor > host.Minor
            ? $"built against plugin SDK {builtAgainst}, newer than the host's SDK {host} ({accepted})"
            : null;
    }
}
