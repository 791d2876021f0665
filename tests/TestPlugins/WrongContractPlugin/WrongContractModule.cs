using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;

namespace WrongContractPlugin;

/// <summary>Pretends to be built against an older SDK.</summary>
public sealed class WrongContractModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } =
        new("wrong-contract", new LocalizedText("Alt", "Old"), new Version(1, 0), "Test") { ContractVersion = ModuleContract.Version - 1 };
}
