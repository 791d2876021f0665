using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Contracts.Offerings;

/// <summary>Registration helpers for offering types.</summary>
public static class OfferingServiceCollectionExtensions
{
    /// <summary>Registers an offering type; the host lists it under its module and the catalog accepts it.</summary>
    public static IServiceCollection AddOfferingType(this IServiceCollection services, OfferingTypeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return services.AddSingleton(definition);
    }
}
