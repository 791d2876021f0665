using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Contracts.Texts;

/// <summary>Registration of a module's texts.</summary>
public static class TextServiceCollectionExtensions
{
    /// <summary>
    /// Registers the texts of codes starting with <paramref name="prefix"/>: the <c>Texts.resx</c> (German) and
    /// <c>Texts.en.resx</c> (English) in the folder whose namespace is that of <typeparamref name="TAnchor"/>
    /// (a module's root folder for its module class), embedded in the same assembly.
    /// </summary>
    public static IServiceCollection AddTexts<TAnchor>(this IServiceCollection services, string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var type = typeof(TAnchor);
        return services.AddSingleton(new TextCatalog(prefix, type.Assembly, $"{type.Namespace}.Texts"));
    }
}
