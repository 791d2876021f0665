using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>How pages name the six dimensions and the four levels, in the request's language.</summary>
internal static class DimensionNames
{
    public static string Of(string dimension, ITexts texts) => dimension switch
    {
        MaturityDimensions.Strategy => texts.Get("organisations.dimension.strategy"),
        MaturityDimensions.Readiness => texts.Get("organisations.dimension.readiness"),
        MaturityDimensions.HumanCentric => texts.Get("organisations.dimension.human-centric"),
        MaturityDimensions.Data => texts.Get("organisations.dimension.data"),
        MaturityDimensions.Automation => texts.Get("organisations.dimension.automation-ai"),
        MaturityDimensions.Green => texts.Get("organisations.dimension.green"),
        _ => dimension,
    };

    public static string Level(MaturityLevel level, ITexts texts) => level switch
    {
        MaturityLevel.Einsteiger => texts.Get("organisations.level.einsteiger"),
        MaturityLevel.Entdecker => texts.Get("organisations.level.entdecker"),
        MaturityLevel.Gestalter => texts.Get("organisations.level.gestalter"),
        _ => texts.Get("organisations.level.vorreiter"),
    };
}
