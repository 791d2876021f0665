using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Centers;

/// <summary>
/// The center a request belongs to in a network of centers on one deployment: the center whose host name the request
/// names, else the one whose path prefix its path starts with, else the default center (the one existing data
/// became on upgrade). Implemented by the centers module; a module reads it as an optional service. It only says
/// which center a request is for: it does not yet filter any module's data (see <c>docs/tenancy.md</c>).
/// </summary>
public interface ICurrentCenter
{
    /// <summary>The center of <paramref name="request"/>, or null while no center exists yet.</summary>
    Task<CenterIdentity?> OfAsync(HttpRequest request, CancellationToken cancellationToken);
}
