using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Host.Plugins;

internal enum ModuleStatus
{
    Loaded,
    Disabled,
    Failed,
}

internal enum ModuleKind
{
    Module,
    Plugin,
}

/// <summary>What the host knows about one module or plugin folder, whatever became of it.</summary>
internal sealed class LoadedModule(string path, ModuleKind kind)
{
    public string Path { get; } = path;
    public ModuleKind Kind { get; } = kind;
    public IModule? Module { get; set; }
    public ModuleDescriptor? Descriptor => Module?.Descriptor;
    public PluginLoadContext? LoadContext { get; set; }
    public ModuleStatus Status { get; private set; } = ModuleStatus.Loaded;
    public string? Reason { get; private set; }
    public IReadOnlyList<OfferingTypeDefinition> OfferingTypes { get; set; } = [];
    public IReadOnlyList<ServiceDescriptor> HostedServices { get; set; } = [];

    public bool IsLoaded => Status == ModuleStatus.Loaded && Module is not null;

    public void Fail(string reason)
    {
        Status = ModuleStatus.Failed;
        Reason = reason;
    }

    public void Disable(string reason)
    {
        Status = ModuleStatus.Disabled;
        Reason = reason;
    }
}
