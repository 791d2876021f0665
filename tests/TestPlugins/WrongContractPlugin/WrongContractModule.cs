using Kompetenzzentrum.Contracts.Modules;

namespace WrongContractPlugin;

/// <summary>Built against the next major plugin SDK (2.0.0): its reference to Kompetenzzentrum.Contracts says so.</summary>
public sealed class WrongContractModule : IModule
{
    public string Id => "wrong-contract";
}
