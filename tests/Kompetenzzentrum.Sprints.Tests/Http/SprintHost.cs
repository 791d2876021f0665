using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>One host with a controllable clock for the sprint HTTP tests; each test makes its own offering, period and SMEs.</summary>
[CollectionDefinition(Name)]
public sealed class SprintHost : ICollectionFixture<ClockedHostFixture>
{
    public const string Name = "sprint host";
}
