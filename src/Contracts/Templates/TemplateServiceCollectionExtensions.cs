using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Contracts.Templates;

/// <summary>Registration helpers for default templates.</summary>
public static class TemplateServiceCollectionExtensions
{
    /// <summary>Registers a module's default template.</summary>
    public static IServiceCollection AddDefaultTemplate(this IServiceCollection services, TemplateDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return services.AddSingleton(definition);
    }
}
