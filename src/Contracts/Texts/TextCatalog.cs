using System.Reflection;

namespace Kompetenzzentrum.Contracts.Texts;

/// <summary>
/// A module's texts: two resource files embedded in the module's assembly, <c>Texts.resx</c> in German and
/// <c>Texts.en.resx</c> in English (embedded, not a satellite assembly, so a plugin's load context needs nothing
/// extra). Their keys are the codes that start with <see cref="Prefix"/> and a dot. Register it with
/// <see cref="TextServiceCollectionExtensions.AddTexts"/>; a test fails when a key lacks a language.
/// </summary>
/// <param name="Prefix">The codes' first part, e.g. <c>catalog</c> for <c>catalog.session-full</c>.</param>
/// <param name="Assembly">The assembly that embeds the resources.</param>
/// <param name="BaseName">The resources' name without language and extension, e.g. <c>Kompetenzzentrum.Modules.Catalog.Texts</c>.</param>
public sealed record TextCatalog(string Prefix, Assembly Assembly, string BaseName)
{
    /// <summary>The languages every catalog has: German (the resource without a language) and English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "en"];

    /// <summary>The manifest name of the resources of a language.</summary>
    public string ResourceName(string language) => language == "de" ? $"{BaseName}.resources" : $"{BaseName}.{language}.resources";
}
