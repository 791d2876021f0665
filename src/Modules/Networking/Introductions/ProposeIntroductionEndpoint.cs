using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// The API's adapter of <see cref="ProposeIntroductionHandler"/>; <c>Idempotency-Key</c> determines the id, so a
/// retry answers the same.
/// </summary>
internal static class ProposeIntroductionEndpoint
{
    public static async Task<IResult> Handle(
        ProposeIntroduction body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, IDocumentSession session,
        IDocumentStore store,
        TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var result = await ProposeIntroductionHandler.ProposeAsync(body, idempotencyKey, http.User, session, store, clock, ct);
        if (result.Refusal is { } refusal)
        {
            return refusal.Code == ProposeIntroductionHandler.KeyReused
                ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: texts.Reason(refusal),
                    extensions: new Dictionary<string, object?> { ["code"] = refusal.Code })
                : refusal.ToNetworkingResult();
        }
        // The introduction as the caller may see it now, computed afresh on every answer (a replay too): staff the
        // whole record, a side its own view (the other side's contact only once both accepted, never the other
        // side's decline or outcome reason). A replay by another account, or after the introduction moved on, shows
        // no more than a GET.
        var introduction = result.Value;
        var location = $"/api/networking/introductions/{introduction.Id}";
        if (http.User.IsStaff())
        {
            return Results.Created(location, introduction);
        }
        await using var query = store.QuerySession();
        return http.User.OrganisationId() is { } own && introduction.IsParty(own)
            ? Results.Created(location, await IntroductionHandlers.ViewAsync(introduction, own, query, ct))
            : Results.NotFound();
    }
}
