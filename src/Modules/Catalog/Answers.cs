using Kompetenzzentrum.Modules.Catalog.Offerings;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>How the catalog's endpoints turn decisions into HTTP answers.</summary>
internal static class Answers
{
    public static IResult WithETag(this IResult result, long version) => new WithHeader(result, "ETag", ETags.Of(version));

    // Passes the inner status and value on, so that a page calling the handler (ApiOutcome.From) still sees them.
    private sealed class WithHeader(IResult inner, string name, string value) : IResult, IStatusCodeHttpResult, IValueHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public object? Value => (inner as IValueHttpResult)?.Value;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
