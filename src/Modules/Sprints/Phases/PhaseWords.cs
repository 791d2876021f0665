using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>The phases and their required results in German and English, for refusals and pages alike.</summary>
internal static class PhaseWords
{
    public static LocalizedText Name(Phase phase) => phase switch
    {
        Phase.Analysis => new("Analyse", "Analysis"),
        Phase.Synthesis => new("Synthese", "Synthesis"),
        Phase.Ideation => new("Ideenfindung", "Ideation"),
        _ => new("Transfer", "Transfer"),
    };

    /// <summary>A required result a phase lacks (<see cref="PhaseDecider.MissingResults"/>).</summary>
    public static LocalizedText Result(string missing) => missing switch
    {
        "as-is canvas" => new("das Ist-Geschäftsmodell (Canvas)", "the as-is canvas"),
        "main challenges" => new("die wichtigsten Herausforderungen", "the main challenges"),
        "key insights" => new("die zentralen Erkenntnisse", "the key insights"),
        "an idea with an assessment of value, effort and risk" =>
            new("eine Idee mit Bewertung von Nutzen, Aufwand und Risiko", "an idea with an assessment of value, effort and risk"),
        _ => new("ein Fahrplan mit Maßnahmen, Verantwortlichen und Terminen", "a roadmap of actions with owners and dates"),
    };

    /// <summary>
    /// Words as a refusal's placeholder value: the texts format it with the culture they render in, so a phase is
    /// named in the reader's language (the decider stays free of the request's culture).
    /// </summary>
    public static IFormattable Arg(LocalizedText words) => new Words(words);

    private sealed record Words(LocalizedText Text) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            Text.For(formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture);

        public override string ToString() => Text.For(CultureInfo.CurrentUICulture);
    }
}
