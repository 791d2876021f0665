using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Centers.Tests.Http;

[CollectionDefinition(Name)]
public sealed class CentersHost : ICollectionFixture<HostFixture>
{
    public const string Name = "centers host";
}
