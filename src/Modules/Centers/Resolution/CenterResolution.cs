using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// Which center a request is for, pure: the center whose host name is the request's host (without port, any case), else
/// the one whose path prefix is the path's first segment (<c>/lausitz/katalog</c> → <c>lausitz</c>), else the default center.
/// </summary>
internal static class CenterResolution
{
    public static Center? Resolve(IReadOnlyList<Center> centers, string? host, string? path) => Match(centers, host, path)?.Center;

    /// <summary>The center and, when the path prefix decided, the prefix as the path spells it (<c>Lausitz</c> of <c>/Lausitz/x</c>).</summary>
    public static (Center Center, string? PathPrefix)? Match(IReadOnlyList<Center> centers, string? host, string? path)
    {
        var hostName = host?.Trim().TrimEnd('.').ToLowerInvariant();
        if (!string.IsNullOrEmpty(hostName) && centers.FirstOrDefault(c => c.Details.HostName == hostName) is { } byHost)
        {
            return (byHost, null);
        }
        var segment = FirstSegment(path);
        if (segment is not null
            && centers.FirstOrDefault(c => string.Equals(c.Details.PathPrefix, segment, StringComparison.OrdinalIgnoreCase)) is { } byPrefix)
        {
            return (byPrefix, segment);
        }
        return centers.FirstOrDefault(c => c.IsDefault) is { } fallback ? (fallback, null) : null;
    }

    private static string? FirstSegment(string? path)
    {
        var trimmed = (path ?? "").TrimStart('/');
        var end = trimmed.IndexOf('/', StringComparison.Ordinal);
        var segment = end < 0 ? trimmed : trimmed[..end];
        return segment.Length == 0 ? null : segment;
    }
}
