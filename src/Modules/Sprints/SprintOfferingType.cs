namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>The offering type this module registers in the catalog.</summary>
internal static class SprintOfferingType
{
    public const string Key = "sprint";
}
