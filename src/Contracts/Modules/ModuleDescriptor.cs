using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>What a module or partner plugin says about itself: its manifest.</summary>
/// <param name="Id">Stable lower-case id, used in configuration (<c>Modules:&lt;Id&gt;:Enabled</c>) and in routes (<c>/api/{id}</c>).</param>
/// <param name="Name">Display name in German and English.</param>
/// <param name="Version">The module's own version.</param>
/// <param name="Provider">The center that provides it, e.g. the competence center itself or a partner center.</param>
/// <param name="DependsOn">Ids of modules that must be loaded for this one to work.</param>
public sealed record ModuleDescriptor(
    string Id,
    LocalizedText Name,
    Version Version,
    string Provider,
    IReadOnlyList<string> DependsOn)
{
    /// <summary>Creates a descriptor without dependencies.</summary>
    public ModuleDescriptor(string id, LocalizedText name, Version version, string provider)
        : this(id, name, version, provider, []) { }
}
