using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary><see cref="ICenterDirectory"/> over <see cref="CenterCache"/> and the pure rule of <see cref="CenterResolution"/>.</summary>
internal sealed class CenterDirectory(CenterCache cache) : ICenterDirectory
{
    public async Task<CenterMatch?> ResolveAsync(string? host, string? path, CancellationToken cancellationToken)
    {
        var centers = await cache.CentersAsync(cancellationToken);
        return CenterResolution.Match(centers, host, path) is { } match ? new CenterMatch(Identity(match.Center), match.PathPrefix) : null;
    }

    public async Task<IReadOnlyList<CenterIdentity>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await cache.CentersAsync(cancellationToken)).Select(Identity)];

    public static CenterIdentity Identity(Center center) =>
        new(center.Id, center.Details.ShortName, center.Details.Name, center.IsDefault);
}
