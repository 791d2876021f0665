using Autofac;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Marten;
using Quartz;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Runs each module's registration hooks so that a throwing module leaves nothing behind: services go into a
/// private collection that is merged only when every hook succeeded; the container, job and store hooks are
/// tried on throw-away builders first (they run for real later, when the host builds those parts).
/// </summary>
internal static class ModuleRegistration
{
    public static void Register(
        IReadOnlyList<LoadedModule> modules, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var offeringTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in modules.Where(m => m.IsLoaded))
        {
            var module = entry.Module!;
            var own = new ServiceCollection();
            try
            {
                var section = configuration.GetSection($"Modules:{module.Descriptor.Id}");
                module.ConfigureServices(new ModuleServicesContext(own, section, environment));
                module.ConfigureContainer(new ContainerBuilder());
                new ServiceCollection().AddQuartz(module.ConfigureJobs);
                module.ConfigureMarten(new StoreOptions());
            }
            catch (Exception ex)
            {
                entry.Fail("registration threw " + ModuleDiscovery.Describe(ex));
                continue;
            }

            var types = own.Where(d => d.ServiceType == typeof(OfferingTypeDefinition) && d.ImplementationInstance is not null)
                .Select(d => (OfferingTypeDefinition)d.ImplementationInstance!)
                .ToList();
            var clash = types.FirstOrDefault(t => offeringTypes.ContainsKey(t.Key));
            if (clash is not null)
            {
                entry.Fail($"offering type '{clash.Key}' is already registered by module '{offeringTypes[clash.Key]}'");
                continue;
            }

            entry.HostedServices = own.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
            foreach (var descriptor in own.Where(d => d.ServiceType != typeof(IHostedService)))
            {
                services.Add(Stamp(descriptor, module.Descriptor.Id));
            }
            entry.OfferingTypes = types.Select(t => t with { ModuleId = module.Descriptor.Id }).ToList();
            foreach (var type in types)
            {
                offeringTypes[type.Key] = module.Descriptor.Id;
            }
        }
    }

    // Offering types carry the id of the module that registered them.
    private static ServiceDescriptor Stamp(ServiceDescriptor descriptor, string moduleId) =>
        descriptor.ImplementationInstance is OfferingTypeDefinition type
            ? ServiceDescriptor.Singleton(type with { ModuleId = moduleId })
            : descriptor;
}
