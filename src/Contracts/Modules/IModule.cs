using Autofac;
using Marten;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>
/// The entry type of a module or partner plugin. The host finds exactly one public, non-abstract
/// implementation with a parameterless constructor in the module's main assembly, and calls the hooks in
/// this order: <see cref="ConfigureServices"/>, <see cref="ConfigureContainer"/>, <see cref="ConfigureJobs"/>,
/// <see cref="ConfigureMarten"/> (when the document store is built), <see cref="MapEndpoints"/> and
/// <see cref="MapRootEndpoints"/>.
/// Derive from <see cref="ModuleBase"/> to implement only the hooks you need.
/// </summary>
public interface IModule
{
    /// <summary>The module's manifest.</summary>
    ModuleDescriptor Descriptor { get; }

    /// <summary>
    /// Registers services, offering types (<see cref="Offerings.OfferingServiceCollectionExtensions.AddOfferingType"/>) and
    /// default templates.
    /// </summary>
    void ConfigureServices(ModuleServicesContext context);

    /// <summary>Adds Autofac registrations (decorators, keyed or open-generic services).</summary>
    void ConfigureContainer(ContainerBuilder builder);

    /// <summary>Contributes event types, documents and projections to the one shared Marten store.</summary>
    void ConfigureMarten(StoreOptions options);

    /// <summary>Contributes Quartz jobs and triggers to the host's clustered scheduler.</summary>
    void ConfigureJobs(IQuartzBuilder quartz);

    /// <summary>Maps the module's HTTP endpoints; <paramref name="api"/> is already routed to <c>/api/{Descriptor.Id}</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>
    /// Maps endpoints of a protocol that has a fixed root of its own outside <c>/api</c> (e.g. OData at
    /// <c>/odata</c>). Every endpoint still declares its policy. Does nothing unless implemented.
    /// </summary>
    void MapRootEndpoints(IEndpointRouteBuilder app) { }

    /// <summary>
    /// Maps the module's web pages at the site root (German paths such as <c>/katalog</c>): endpoints that
    /// return <c>UiPages.Render&lt;TComponent&gt;</c> results of the page kit (package Kompetenzzentrum.Contracts.Ui),
    /// components wrapped in <c>KzPage</c>, and form posts that redirect with <c>UiPages.Done</c>. Every page declares
    /// its policy like an API
    /// endpoint; a page that needs sign-in sends the browser to the sign-in page. Does nothing unless implemented.
    /// </summary>
    void MapPages(IEndpointRouteBuilder pages) { }

    /// <summary>The module's links in the main navigation (SME portal, back office, analyst area).</summary>
    IEnumerable<Ui.NavigationItem> Navigation => [];
}
