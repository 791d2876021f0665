using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Networking;

/// <summary>
/// The HTTP answers of this module's results: <see cref="RefusalResults"/>, except that a write about an erased
/// organisation answers the erasure's 404, which names the organisation.
/// </summary>
internal static class NetworkingProblems
{
    /// <summary>The problem-details answer of a refusal.</summary>
    public static IResult ToNetworkingResult(this Refusal refusal) =>
        refusal.Code == NetworkErasure.ErasedCode && refusal.Args.TryGetValue("organisationId", out var id) && id is Guid organisationId
            ? NetworkErasure.Gone(organisationId)
            : refusal.ToHttpResult();

    /// <summary>The answer of a result: <paramref name="success"/> for its value, problem details for a refusal.</summary>
    public static IResult ToNetworkingResult<T>(this Result<T> result, Func<T, IResult> success) =>
        result.Match(success, ToNetworkingResult);
}
