using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// The HTTP answers of this module's results: <see cref="RefusalResults"/>, except that two refusals that clients
/// tell apart by the problem's <c>type</c> keep their type.
/// </summary>
internal static class ConsultationProblems
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["consultations.questionnaire-first"] = "urn:kompetenzzentrum:questionnaire-first",
        ["consultations.quota-reached"] = "urn:kompetenzzentrum:consultation-limit",
    };

    /// <summary>The problem-details answer of a refusal.</summary>
    public static IResult ToHttpResult(this Refusal refusal, ITexts texts) =>
        Types.TryGetValue(refusal.Code, out var type)
            ? Results.Problem(statusCode: RefusalResults.StatusOf(refusal.Kind), title: texts.Reason(refusal), type: type,
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code })
            : refusal.ToHttpResult();

    /// <summary>The answer of a result: <paramref name="success"/> for its value, problem details for a refusal.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> success, ITexts texts) =>
        result.Match(success, refusal => refusal.ToHttpResult(texts));
}
