using System.Reflection;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>The version of the plugin SDK (this assembly) that modules and plugins are built against.</summary>
public static class ModuleContract
{
    /// <summary>
    /// The SDK's SemVer version (major.minor.patch): the assembly version of Kompetenzzentrum.Contracts, set once by
    /// <c>&lt;Version&gt;</c> in its project file. Additive changes raise the minor, breaking changes the major. A
    /// plugin records the version it was built against without any code of its own: the compiler writes it into the
    /// plugin assembly's reference to this assembly. The host loads a plugin built against the same major and a minor
    /// up to its own, and refuses a newer minor or another major with a reason naming both versions.
    /// </summary>
    public static Version SdkVersion { get; } = Semantic(typeof(ModuleContract).Assembly.GetName().Version);

    /// <summary>The major.minor.patch part of an assembly version (the revision is not part of the SDK version).</summary>
    /// <param name="version">An assembly version, e.g. from <see cref="AssemblyName.Version"/>.</param>
    public static Version Semantic(Version? version) =>
        version is null ? new Version(0, 0, 0) : new Version(version.Major, version.Minor, Math.Max(version.Build, 0));
}
