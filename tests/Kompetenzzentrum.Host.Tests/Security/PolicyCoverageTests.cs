using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Security;

[Collection(ReadOnlyHost.Name)]
public sealed class PolicyCoverageTests(HostFixture host)
{
    [Fact]
    public void Every_mapped_endpoint_names_a_policy_or_allows_anonymous_access()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");

        // The module groups' default (signed in) does not count: each endpoint must say what it needs.
        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.RoutePattern.RawText + " " + string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a declared policy:\n" + string.Join("\n", undeclared));
    }
}
