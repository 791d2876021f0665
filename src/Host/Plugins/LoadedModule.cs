using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Host.Plugins;

internal enum ModuleStatus
{
    Loaded,
    Disabled,
    Failed,

    /// <summary>A loaded plugin whose projection, job or endpoint threw at run time: it keeps running, the rest is unaffected.</summary>
    Degraded,
}

internal enum ModuleKind
{
    Module,
    Plugin,
}

/// <summary>What the host knows about one module or plugin folder, whatever became of it.</summary>
internal sealed class LoadedModule(string path, ModuleKind kind)
{
    private readonly Lock _gate = new();

    public string Path { get; } = path;
    public ModuleKind Kind { get; } = kind;
    public IModule? Module { get; set; }
    public ModuleDescriptor? Descriptor => Module?.Descriptor;
    public PluginLoadContext? LoadContext { get; set; }

    /// <summary>The plugin SDK the main assembly was built against (see <see cref="SdkCompatibility"/>); null when it references none.</summary>
    public Version? SdkVersion { get; set; }

    public ModuleStatus Status { get; private set; } = ModuleStatus.Loaded;
    public string? Reason { get; private set; }
    public IReadOnlyList<OfferingTypeDefinition> OfferingTypes { get; set; } = [];
    public IReadOnlyList<ServiceDescriptor> HostedServices { get; set; } = [];

    /// <summary>Running: loaded, or degraded by a run-time failure (its parts still answer).</summary>
    public bool IsLoaded => (Status is ModuleStatus.Loaded or ModuleStatus.Degraded) && Module is not null;

    public void Fail(string reason)
    {
        lock (_gate)
        {
            Status = ModuleStatus.Failed;
            Reason = reason;
        }
    }

    public void Disable(string reason)
    {
        lock (_gate)
        {
            Status = ModuleStatus.Disabled;
            Reason = reason;
        }
    }

    /// <summary>
    /// Marks a running plugin degraded with the cause of its latest run-time failure (see <see cref="PluginIsolation"/>).
    /// In memory only: a restart after the fix starts it loaded again.
    /// </summary>
    public void Degrade(string cause)
    {
        lock (_gate)
        {
            if (IsLoaded)
            {
                Status = ModuleStatus.Degraded;
                Reason = cause;
            }
        }
    }
}
