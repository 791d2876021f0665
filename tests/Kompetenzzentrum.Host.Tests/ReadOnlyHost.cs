using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests;

/// <summary>
/// One default host shared by the test classes that only read what every host has from its start (the endpoint table,
/// the OpenAPI document, the module list, the text catalogs, authentication schemes, refused requests): they store
/// nothing and read nothing another test writes, so one host start serves them all instead of one per class
/// (a host start costs a fixture 6-10 CPU seconds). The classes of a collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyHost : ICollectionFixture<HostFixture>
{
    public const string Name = "read-only host";
}
