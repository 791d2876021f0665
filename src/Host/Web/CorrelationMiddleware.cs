using Kompetenzzentrum.Host.Persistence;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c>, else a new one), echoes it,
/// adds it to the log scope and to problem details, and makes it the correlation of every event stored.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = IsUsable(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        OperationContext.Current = new OperationContext(id, context.TraceIdentifier, null);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }

    public static string? Of(HttpContext context) => context.Items[Header] as string;

    // Caller-supplied ids end up in logs and the event store: accept only short, plain tokens.
    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
