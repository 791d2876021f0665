using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Library;

/// <summary>
/// <c>GET /api/media/library</c> (<c>?kind=podcast|video|tour&amp;topic=</c>): what the library page lists, in its order
/// (by fit for a member of an organisation that took the check, else newest first, tours last). Anyone may call it.
/// </summary>
internal static class LibraryEndpoints
{
    public static void MapLibrary(this IEndpointRouteBuilder api) =>
        api.MapGet("/library", ListAsync).AllowAnonymous().WithName("ListMediaLibrary");

    private static async Task<IResult> ListAsync(string? kind, string? topic, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(kind is not null && !LibraryItems.Kinds.Contains(kind), "kind", "media.library.kind-unknown")
            .When(topic is not null && !Topics.IsKnown(topic), "topic", "media.topic-unknown");
        return errors.Count > 0
            ? Refusal.Invalid(errors).ToHttpResult()
            : Results.Ok(await LibraryItems.ForAsync(session, http, kind, topic, ct));
    }
}
