using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// The HTTP adapter of the application layer: a refusal becomes RFC 9457 problem details in the request's language
/// (400 validation problem naming each field, 404, 403, 409, 412 for a stale version, 503 when busy), with the reason's
/// <c>code</c> as an extension so that clients can tell refusals apart without reading the words.
/// </summary>
public static class RefusalResults
{
    /// <summary>The HTTP status of a refusal kind.</summary>
    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The problem-details answer of a refusal.</summary>
    public static IResult ToHttpResult(this Refusal refusal) => new RefusalHttpResult(refusal);

    /// <summary>The answer of a result: <paramref name="success"/> for its value, problem details for a refusal.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> success) =>
        result.Match(success, ToHttpResult);

    private sealed class RefusalHttpResult(Refusal refusal) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusOf(refusal.Kind);

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var texts = httpContext.RequestServices.GetRequiredService<ITexts>();
            var extensions = new Dictionary<string, object?> { ["code"] = refusal.Code };
            var answer = refusal.Kind == RefusalKind.Invalid
                ? Results.ValidationProblem(
                    refusal.Fields.GroupBy(f => f.Field, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Select(f => texts.Get(f.Code, f.Args)).ToArray(), StringComparer.Ordinal),
                    title: texts.Reason(refusal), extensions: extensions)
                : Results.Problem(
                    statusCode: StatusOf(refusal.Kind), title: texts.Reason(refusal), detail: texts.Detail(refusal), extensions: extensions);
            return answer.ExecuteAsync(httpContext);
        }
    }
}
