using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Words the sprint pages share, and the decider's English messages said in the page's language.</summary>
internal static class SprintWords
{
    public static string Phase(Phase phase) => phase switch
    {
        Phases.Phase.Analysis => UiText.T("Analyse", "Analysis"),
        Phases.Phase.Synthesis => UiText.T("Synthese", "Synthesis"),
        Phases.Phase.Ideation => UiText.T("Ideenfindung", "Ideation"),
        _ => UiText.T("Transfer", "Transfer"),
    };

    public static string Block(string block) => block switch
    {
        "keyPartners" => UiText.T("Schlüsselpartner", "Key partners"),
        "keyActivities" => UiText.T("Schlüsselaktivitäten", "Key activities"),
        "keyResources" => UiText.T("Schlüsselressourcen", "Key resources"),
        "valuePropositions" => UiText.T("Wertangebote", "Value propositions"),
        "customerRelationships" => UiText.T("Kundenbeziehungen", "Customer relationships"),
        "channels" => UiText.T("Kanäle", "Channels"),
        "customerSegments" => UiText.T("Kundensegmente", "Customer segments"),
        "costStructure" => UiText.T("Kostenstruktur", "Cost structure"),
        _ => UiText.T("Einnahmequellen", "Revenue streams"),
    };

    public static string Canvas(string kind) => kind == Sprints.Canvas.CanvasKinds.AsIs
        ? UiText.T("Ist-Geschäftsmodell", "As-is business model")
        : UiText.T("Soll-Geschäftsmodell", "To-be business model");

    /// <summary>A required result the decider names (<see cref="PhaseDecider.MissingResults"/>).</summary>
    public static string Result(string missing) => missing switch
    {
        "as-is canvas" => UiText.T("das Ist-Geschäftsmodell (Canvas)", "the as-is canvas"),
        "main challenges" => UiText.T("die wichtigsten Herausforderungen", "the main challenges"),
        "key insights" => UiText.T("die zentralen Erkenntnisse", "the key insights"),
        "an idea with an assessment of value, effort and risk" => UiText.T("eine Idee mit Bewertung von Nutzen, Aufwand und Risiko", "an idea assessed for value, effort and risk"),
        _ => UiText.T("ein Fahrplan mit Maßnahmen, Verantwortlichen und Terminen", "a roadmap of actions with owners and dates"),
    };

    /// <summary>Why the decider refused to complete a phase, in the page's language.</summary>
    public static string Refusal(string? title, Engagement state, Phase phase, bool hasAsIs)
    {
        if (state.Finished)
        {
            return UiText.T("Der Sprint ist abgeschlossen; seine Phasen ändern sich nicht mehr.", "The sprint is finished; its phases cannot change any more.");
        }
        if (phase != state.CurrentPhase)
        {
            return state.CompletedPhases.Contains(phase)
                ? UiText.T($"Die Phase „{Phase(phase)}“ ist bereits abgeschlossen.", $"The phase {Phase(phase)} is already completed.")
                : UiText.T($"Die Phasen laufen der Reihe nach: erst „{Phase(state.CurrentPhase)}“ abschließen, dann „{Phase(phase)}“.",
                    $"Phases run in order: complete {Phase(state.CurrentPhase)} before {Phase(phase)}.");
        }
        var missing = PhaseDecider.MissingResults(state, phase, hasAsIs);
        return missing.Count > 0
            ? UiText.T($"Die Phase „{Phase(phase)}“ kann noch nicht abgeschlossen werden. Es fehlt: ", $"The phase {Phase(phase)} cannot be completed yet. Missing: ")
                + string.Join(", ", missing.Select(Result)) + "."
            : title ?? UiText.T("Das hat nicht geklappt. Bitte laden Sie die Seite neu.", "That did not work. Please reload the page.");
    }
}
