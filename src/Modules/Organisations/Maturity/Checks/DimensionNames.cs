using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>How pages name the six dimensions and the four levels, in German and English.</summary>
internal static class DimensionNames
{
    private static readonly Dictionary<string, LocalizedText> Names = new(StringComparer.Ordinal)
    {
        [MaturityDimensions.Strategy] = new("Digitale Geschäftsstrategie", "Digital business strategy"),
        [MaturityDimensions.Readiness] = new("Digitale Bereitschaft", "Digital readiness"),
        [MaturityDimensions.HumanCentric] = new("Menschzentrierte Digitalisierung", "Human-centric digitalisation"),
        [MaturityDimensions.Data] = new("Datenmanagement", "Data management"),
        [MaturityDimensions.Automation] = new("Automatisierung und KI", "Automation and AI"),
        [MaturityDimensions.Green] = new("Grüne Digitalisierung", "Green digitalisation"),
    };

    public static string Of(string dimension) =>
        Names.TryGetValue(dimension, out var name) ? UiText.T(name.De, name.En) : dimension;

    public static string Level(MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => UiText.T("Einsteiger", "Beginner"),
        MaturityLevel.Entdecker => UiText.T("Entdecker", "Explorer"),
        MaturityLevel.Gestalter => UiText.T("Gestalter", "Shaper"),
        _ => UiText.T("Vorreiter", "Pioneer"),
    };
}
