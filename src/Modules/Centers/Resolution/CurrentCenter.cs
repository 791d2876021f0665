using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Modules.Centers.Centers;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// <see cref="ICurrentCenter"/>: the center the host resolved for the request once (the <see cref="CenterMatch"/> feature), else
/// resolved here from its host and whole path (<c>PathBase</c> + <c>Path</c>) over <see cref="CenterCache"/>: no query per call.
/// </summary>
internal sealed class CurrentCenter(CenterCache cache) : ICurrentCenter
{
    public async Task<CenterIdentity?> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Features.Get<CenterMatch>() is { } resolved)
        {
            return resolved.Center; // the host resolved it for this request already
        }
        return await CenterAsync(request, cancellationToken) is { } center ? CenterDirectory.Identity(center) : null;
    }

    /// <summary>The whole read model of the request's center, for this module's own answers.</summary>
    public async Task<Center?> CenterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var centers = await cache.CentersAsync(cancellationToken);
        if (request.HttpContext.Features.Get<CenterMatch>() is { } resolved)
        {
            return centers.FirstOrDefault(c => c.Id == resolved.Center.Id);
        }
        return CenterResolution.Resolve(centers, request.Host.Host, request.PathBase.Add(request.Path).Value);
    }
}
