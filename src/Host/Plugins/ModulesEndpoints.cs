using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// <c>GET /api/modules</c>: every module and plugin with its version, the plugin SDK it was built against, provider and
/// status (<c>loaded</c>, <c>degraded</c> with the cause of its latest run-time failure, <c>disabled</c>, <c>failed</c>).
/// </summary>
internal static class ModulesEndpoints
{
    public sealed record ModuleInfo(
        string Id,
        string NameDe,
        string NameEn,
        string? Version,
        string? SdkVersion,
        string? Provider,
        string Kind,
        string Status,
        string? Reason,
        string File,
        IReadOnlyList<string> DependsOn,
        IReadOnlyList<OfferingTypeInfo> OfferingTypes);

    public sealed record OfferingTypeInfo(string Key, string NameDe, string NameEn, string Capacity);

    public static void MapModules(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/modules", (ModuleRegistry registry) => registry.Entries.Select(ToInfo))
            .AllowAnonymous()
            .WithName("ListModules")
            .WithTags("Host");
        app.MapGet("/api/offering-types", (IEnumerable<OfferingTypeDefinition> types) =>
                types.Select(t => new { t.Key, t.ModuleId, Name = t.Name, t.Description, Capacity = t.Capacity.ToString(), t.BookingRules }))
            .AllowAnonymous()
            .WithName("ListOfferingTypes")
            .WithTags("Host");
    }

    internal static ModuleInfo ToInfo(LoadedModule entry)
    {
        var d = entry.Descriptor;
        return new ModuleInfo(
            d?.Id ?? Path.GetFileNameWithoutExtension(entry.Path),
            d?.Name.De ?? "",
            d?.Name.En ?? "",
            d?.Version.ToString(),
            // The plugin SDK the main assembly was built against, whether or not the host accepted it.
            entry.SdkVersion?.ToString(),
            d?.Provider,
            entry.Kind.ToString().ToLowerInvariant(),
            entry.Status.ToString().ToLowerInvariant(),
            entry.Reason,
            // The file name, not the full path: the listing is public and need not show the server's layout.
            Path.GetFileName(entry.Path),
            d?.DependsOn ?? [],
            entry.OfferingTypes.Select(t => new OfferingTypeInfo(t.Key, t.Name.De, t.Name.En, t.Capacity.ToString())).ToList());
    }
}
