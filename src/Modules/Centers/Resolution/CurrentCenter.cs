using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Modules.Centers.Centers;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// <see cref="ICurrentCenter"/> over the centers' read model (<see cref="CenterResolution"/>). One small query per call: a
/// network has a few dozen centers. Nothing filters other modules' data by it yet (isolation: not yet, see the README).
/// </summary>
internal sealed class CurrentCenter(IDocumentStore store) : ICurrentCenter
{
    public async Task<CenterIdentity?> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await CenterAsync(request, cancellationToken) is { } center
            ? new CenterIdentity(center.Id, center.Details.ShortName, center.Details.Name, center.IsDefault)
            : null;
    }

    /// <summary>The whole read model of the request's center, for this module's own answers.</summary>
    public async Task<Center?> CenterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var centers = await session.Query<Center>().ToListAsync(cancellationToken);
        return CenterResolution.Resolve(centers, request.Host.Host, request.Path.Value);
    }
}
