namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>The next major SDK's module contract, reduced to what a plugin needs to reference it.</summary>
public interface IModule
{
    /// <summary>The module's id.</summary>
    string Id { get; }
}
