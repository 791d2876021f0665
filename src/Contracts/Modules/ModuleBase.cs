using Autofac;
using Marten;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>Convenience base for <see cref="IModule"/>: every hook does nothing unless overridden.</summary>
public abstract class ModuleBase : IModule
{
    /// <inheritdoc />
    public abstract ModuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public virtual void ConfigureServices(ModuleServicesContext context) { }

    /// <inheritdoc />
    public virtual void ConfigureContainer(ContainerBuilder builder) { }

    /// <inheritdoc />
    public virtual void ConfigureMarten(StoreOptions options) { }

    /// <inheritdoc />
    public virtual void ConfigureJobs(IQuartzBuilder quartz) { }

    /// <inheritdoc />
    public virtual void MapEndpoints(IEndpointRouteBuilder api) { }

    /// <inheritdoc />
    public virtual void MapRootEndpoints(IEndpointRouteBuilder app) { }

    /// <inheritdoc />
    public virtual void MapPages(IEndpointRouteBuilder pages) { }

    /// <inheritdoc />
    public virtual IEnumerable<Ui.NavigationItem> Navigation => [];
}
