using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Modules.Organisations;

/// <summary>Organisations, members, accounts, consent and GDPR rights.</summary>
public sealed class OrganisationsModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "organisations",
        new LocalizedText("Unternehmen und Zugänge", "Organisations and accounts"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        []);
}
