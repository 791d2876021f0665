namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>The version of the module contract this SDK describes.</summary>
public static class ModuleContract
{
    /// <summary>
    /// Raised whenever <see cref="IModule"/> or its companions change incompatibly. A constant, so a plugin
    /// carries the value it was compiled against in <see cref="ModuleDescriptor.ContractVersion"/>, and the
    /// host refuses a plugin built against another version instead of failing somewhere later.
    /// </summary>
    public const int Version = 1;
}
