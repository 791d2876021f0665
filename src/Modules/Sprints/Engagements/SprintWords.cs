using System.Globalization;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Words the sprint pages share, in the page's language.</summary>
internal static class SprintWords
{
    public static string Phase(Phase phase) => PhaseWords.Name(phase).For(CultureInfo.CurrentUICulture);

    public static string Block(ITexts texts, string block) => block switch
    {
        "keyPartners" => texts.Get("sprints.canvas.block.key-partners"),
        "keyActivities" => texts.Get("sprints.canvas.block.key-activities"),
        "keyResources" => texts.Get("sprints.canvas.block.key-resources"),
        "valuePropositions" => texts.Get("sprints.canvas.block.value-propositions"),
        "customerRelationships" => texts.Get("sprints.canvas.block.customer-relationships"),
        "channels" => texts.Get("sprints.canvas.block.channels"),
        "customerSegments" => texts.Get("sprints.canvas.block.customer-segments"),
        "costStructure" => texts.Get("sprints.canvas.block.cost-structure"),
        _ => texts.Get("sprints.canvas.block.revenue-streams"),
    };

    public static string Canvas(ITexts texts, string kind) => kind == Sprints.Canvas.CanvasKinds.AsIs
        ? texts.Get("sprints.canvas.kind.as-is")
        : texts.Get("sprints.canvas.kind.to-be");

    /// <summary>A required result the decider names (<see cref="PhaseDecider.MissingResults"/>).</summary>
    public static string Result(string missing) => PhaseWords.Result(missing).For(CultureInfo.CurrentUICulture);
}
