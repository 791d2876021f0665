using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>How the module's endpoints turn decisions into HTTP answers.</summary>
internal static class Answers
{
    public static IResult ToResult(this Rejection rejection) => rejection.Kind == RejectionKind.Invalid
        ? Results.ValidationProblem(new Dictionary<string, string[]> { [rejection.Field ?? "body"] = [rejection.Message] })
        : Results.Problem(statusCode: rejection.Status, title: rejection.Message);

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Conflict(string message) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: message);

    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);

    private sealed class HeaderResult(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
