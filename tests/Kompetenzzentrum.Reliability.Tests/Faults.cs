namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>The fault tests start servers and kill them: one at a time, never beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Faults
{
    public const string Name = "faults";
}
