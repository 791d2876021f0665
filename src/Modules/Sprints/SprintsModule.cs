using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>Multi-week business-model sprints in the phases analysis, synthesis, ideation and transfer.</summary>
public sealed class SprintsModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "sprints",
        new LocalizedText("Geschäftsmodellsprints", "Business-model sprints"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context) =>
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "sprint",
            new("Geschäftsmodellsprint", "Business-model sprint"),
            new("Mehrwöchige Begleitung eines Unternehmens bei der Erneuerung seines Geschäftsmodells.", "Several weeks of working with one company on its business model."),
            CapacityModel.OneToOneSlot,
            ["staff-approval"]));
}
