using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Modules.Consultations;

/// <summary>One-hour AI consultations with a questionnaire answered beforehand.</summary>
public sealed class ConsultationsModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "consultations",
        new LocalizedText("KI-Sprechstunde", "AI consultation"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context) =>
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "consultation",
            new("KI-Sprechstunde", "AI consultation"),
            new("Eine Stunde mit einer KI-Expertin oder einem KI-Experten, vorbereitet durch einen Fragebogen.", "One hour with an AI expert, prepared by a questionnaire."),
            CapacityModel.OneToOneSlot,
            ["questionnaire-answered"]));
}
