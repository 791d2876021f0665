using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// Which center a request is for, pure: the center whose host name is the request's host (without port, any case), else
/// the one whose path prefix is the path's first segment (<c>/lausitz/katalog</c> → <c>lausitz</c>), else the default center.
/// </summary>
internal static class CenterResolution
{
    public static Center? Resolve(IReadOnlyList<Center> centers, string? host, string? path)
    {
        var hostName = host?.Trim().TrimEnd('.').ToLowerInvariant();
        if (!string.IsNullOrEmpty(hostName) && centers.FirstOrDefault(c => c.Details.HostName == hostName) is { } byHost)
        {
            return byHost;
        }
        var segment = FirstSegment(path);
        if (segment is not null && centers.FirstOrDefault(c => c.Details.PathPrefix == segment) is { } byPrefix)
        {
            return byPrefix;
        }
        return centers.FirstOrDefault(c => c.IsDefault);
    }

    private static string? FirstSegment(string? path)
    {
        var trimmed = (path ?? "").TrimStart('/');
        var end = trimmed.IndexOf('/', StringComparison.Ordinal);
        var segment = end < 0 ? trimmed : trimmed[..end];
        return segment.Length == 0 ? null : segment.ToLowerInvariant();
    }
}
