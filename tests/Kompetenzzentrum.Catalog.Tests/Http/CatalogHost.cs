using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>One booted host and database shared by the catalog's HTTP tests; each test makes its own program and offerings.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogHost : ICollectionFixture<HostFixture>
{
    public const string Name = "catalog host";
}
