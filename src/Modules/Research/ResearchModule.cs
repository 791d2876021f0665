using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Modules.Research;

/// <summary>Turns every interaction into pseudonymised research data, reports and OData feeds.</summary>
public sealed class ResearchModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "research",
        new LocalizedText("Bedarfsforschung", "Needs research"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);
}
