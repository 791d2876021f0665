using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>
/// The HTTP adapter of the edits: a success carries its version as <c>ETag</c>; a change that names no version
/// where one is required answers 428 (<see cref="EntityTags.Required"/>), every other refusal its problem details
/// (a stale one 412).
/// </summary>
internal static class VersionedResults
{
    public static IResult ToTaggedResult<T>(this Result<Versioned<T>> result, HttpContext http, Func<T, IResult> success) =>
        result.Match(answer =>
        {
            EntityTags.Write(http.Response, answer.Version);
            return success(answer.Value);
        }, Refused);

    public static IResult Refused(Refusal refusal) =>
        refusal.Code == VersionDecider.RequiredCode ? EntityTags.Required() : refusal.ToHttpResult();
}
