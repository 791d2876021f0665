using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Host.Tests.Web.Sweep;

/// <summary>A write endpoint that reads a JSON body, found from the endpoint metadata.</summary>
internal sealed record SweepTarget(string Method, RouteEndpoint Endpoint, Type? RequestType)
{
    public string Name => $"{Method} {Endpoint.RoutePattern.RawText}";

    /// <summary>Every POST, PUT and PATCH endpoint whose body is JSON.</summary>
    public static IReadOnlyList<SweepTarget> All(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Endpoint: e)))
            .Where(x => x.Method is "POST" or "PUT" or "PATCH")
            .Select(x => (x.Method, x.Endpoint, Accepts: x.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()))
            .Where(x => x.Accepts is not null && x.Accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)))
            .Select(x => new SweepTarget(x.Method, x.Endpoint, x.Accepts!.RequestType))
            .OrderBy(t => IsDestructive(t.Endpoint.RoutePattern.RawText ?? "") ? 1 : 0)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The route with every parameter filled: the caller's organisation, new ids, small numbers, words.</summary>
    public string Url(Guid organisationId)
    {
        var pattern = Endpoint.RoutePattern;
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => ValueFor(parameter, organisationId),
            _ => "x",
        })));
        return "/" + string.Join('/', parts);
    }

    private static string ValueFor(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter, Guid organisationId)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (parameter.Name.Equals("organisationId", StringComparison.OrdinalIgnoreCase))
        {
            return organisationId.ToString();
        }
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal)))
        {
            return "1";
        }
        if (constraints.Contains("guid") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            return Guid.NewGuid().ToString();
        }
        return constraints.Contains("datetime") ? "2026-01-01" : "sweep";
    }

    // Erasing or signing out would take the sweep's own accounts away from the endpoints after them.
    private static bool IsDestructive(string route) =>
        route.Contains("erase", StringComparison.OrdinalIgnoreCase) || route.Contains("sign-out", StringComparison.OrdinalIgnoreCase)
        || route.Contains("delete", StringComparison.OrdinalIgnoreCase) || route.Contains("revoke", StringComparison.OrdinalIgnoreCase);
}
