using System.Globalization;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Words the sprint pages share, in the page's language.</summary>
internal static class SprintWords
{
    public static string Phase(Phase phase) => PhaseWords.Name(phase).For(CultureInfo.CurrentUICulture);

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
    public static string Result(string missing) => PhaseWords.Result(missing).For(CultureInfo.CurrentUICulture);
}
