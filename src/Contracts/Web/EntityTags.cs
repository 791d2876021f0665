using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Entity tags for optimistic concurrency over HTTP. A resource's tag is a version number (its stream version or
/// another change count), sent as <c>ETag: "7"</c>; a write names the version it was based on in <c>If-Match</c>.
/// One rule for every module: a missing header names no version (the write proceeds, or answers 428 where a version
/// is required), an unreadable one answers 400 naming <c>If-Match</c>, a version that is no longer current 412.
/// </summary>
public static class EntityTags
{
    /// <summary>The request header a write names its version in; also the field a 400 names.</summary>
    public const string IfMatch = "If-Match";

    /// <summary>
    /// Marks an endpoint as one that reads <c>If-Match</c> by these rules: it answers 412 for a version no longer
    /// current, and 428 for none where a version is <paramref name="required"/>. The API reference documents the
    /// header from these two answers.
    /// </summary>
    /// <param name="builder">The endpoint.</param>
    /// <param name="required">Whether the endpoint answers 428 to a write that names no version.</param>
    public static RouteHandlerBuilder ReadsIfMatch(this RouteHandlerBuilder builder, bool required)
    {
        builder.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return required ? builder.ProducesProblem(StatusCodes.Status428PreconditionRequired) : builder;
    }

    /// <summary>The entity tag of a version: the number in double quotes, e.g. <c>"7"</c>.</summary>
    /// <param name="version">The version, 0 or more.</param>
    public static string Of(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads the version named by <c>If-Match</c>. True with null when the header is absent, empty or <c>*</c> (which
    /// names no version); true with the version for <c>"7"</c>, for the weak <c>W/"7"</c> (proxies that compress an
    /// answer weaken its tag) and for the unquoted <c>7</c> (written by hand); false for anything else, including
    /// negative numbers and a list of several tags (a write is based on one version).
    /// </summary>
    /// <param name="request">The request whose header is read.</param>
    /// <param name="version">The version named, or null when none is.</param>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryParse(request.Headers.IfMatch, out version);
    }

    /// <summary>
    /// Reads an optional <c>If-Match</c>: null and the version named (null when none is) when the request may go on,
    /// else the 400 answer naming <c>If-Match</c> because the header is unreadable.
    /// </summary>
    /// <param name="request">The request whose header is read.</param>
    /// <param name="version">The version named, or null when none is.</param>
    public static IResult? ReadIfMatch(HttpRequest request, out long? version) =>
        TryReadIfMatch(request, out version) ? null : Unreadable();

    /// <summary>
    /// Reads a required <c>If-Match</c>: null and the version named when the request may go on, else the answer to give:
    /// 400 naming <c>If-Match</c> when the header is unreadable, 428 when it names no version.
    /// </summary>
    /// <param name="request">The request whose header is read.</param>
    /// <param name="version">The version named; 0 when the answer is not null.</param>
    public static IResult? RequireIfMatch(HttpRequest request, out long version)
    {
        version = 0;
        if (!TryReadIfMatch(request, out var named))
        {
            return Unreadable();
        }
        if (named is not { } v)
        {
            return Required();
        }
        version = v;
        return null;
    }

    /// <summary>The 400 answer to an unreadable <c>If-Match</c>: a validation problem naming the header.</summary>
    public static IResult Unreadable() =>
        new TextProblem(StatusCodes.Status400BadRequest, "common.if-match-unreadable", Field: IfMatch);

    /// <summary>The 428 answer (Precondition Required, RFC 6585) to a write that must name its version and did not.</summary>
    public static IResult Required() =>
        new TextProblem(StatusCodes.Status428PreconditionRequired, "common.if-match-required", "common.if-match-required-detail");

    /// <summary>The 412 answer to a write based on a version that is no longer current.</summary>
    /// <param name="current">The current version, named in the answer so the client can reload; null when unknown.</param>
    public static IResult Stale(long? current) => current is { } v
        ? new TextProblem(StatusCodes.Status412PreconditionFailed, "common.changed-meanwhile", "common.changed-meanwhile-reload-tag",
            TextArgs.Of(("tag", Of(v))))
        : new TextProblem(StatusCodes.Status412PreconditionFailed, "common.changed-meanwhile", "common.changed-meanwhile-reload");

    /// <summary>Writes the <c>ETag</c> header of <paramref name="version"/> to the response.</summary>
    /// <param name="response">The response to write to.</param>
    /// <param name="version">The version the answer shows.</param>
    public static void Write(HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Of(version);
    }

    /// <summary>
    /// The answer with the <c>ETag</c> header of <paramref name="version"/>; its status and value stay readable, so a page
    /// calling the same handler still sees them.
    /// </summary>
    /// <param name="result">The answer.</param>
    /// <param name="version">The version the answer shows.</param>
    public static IResult WithETag(this IResult result, long version) => new Tagged(result, version);

    private static bool TryParse(StringValues header, out long? version)
    {
        version = null;
        var text = header.ToString().Trim();
        if (text.Length == 0 || text == "*")
        {
            return true;
        }
        var tag = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        if (tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"')
        {
            tag = tag[1..^1];
        }
        // Digits only: no sign, no spaces, no second tag ("1", "2" joins to one string with a comma).
        if (long.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }

    // A problem whose words are looked up when it is written, in the request's language: with a field, a validation
    // problem naming it (the text is the field's error); else a problem with the text as title and detail.
    private sealed record TextProblem(int Status, string Code, string? DetailCode = null, TextArgs? Args = null, string? Field = null)
        : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => Status;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var texts = httpContext.RequestServices.GetRequiredService<ITexts>();
            var answer = Field is not null
                ? Results.ValidationProblem(new Dictionary<string, string[]> { [Field] = [texts.Get(Code, Args)] }, statusCode: Status)
                : Results.Problem(statusCode: Status, title: texts.Get(Code, Args), detail: DetailCode is null ? null : texts.Get(DetailCode, Args));
            return answer.ExecuteAsync(httpContext);
        }
    }

    private sealed class Tagged(IResult inner, long version) : IResult, IStatusCodeHttpResult, IValueHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public object? Value => (inner as IValueHttpResult)?.Value;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            Write(httpContext.Response, version);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
