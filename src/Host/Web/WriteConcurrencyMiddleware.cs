using System.Threading.RateLimiting;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Lets at most <c>Web:ConcurrentWrites</c> (default 16) writing requests work at once and queues the rest in
/// memory, oldest first (<c>Web:WriteQueue</c>, default 10,000). A burst of hundreds of bookings then waits
/// here instead of holding every database connection while it waits for a row lock, which would exhaust
/// the connection pool and fail requests that only had to wait. A full queue answers 503 with Retry-After.
/// An endpoint that bounds its own work opts out with ASP.NET Core's <c>DisableRateLimiting()</c>, e.g. the booking
/// API, whose requests wait in a queue of their own without holding a connection.
/// </summary>
internal sealed class WriteConcurrencyMiddleware(RequestDelegate next, IConfiguration configuration) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, configuration.GetValue<int?>("Web:ConcurrentWrites") ?? 16),
        QueueLimit = Math.Max(0, configuration.GetValue<int?>("Web:WriteQueue") ?? 10_000),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems, ITexts texts)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
        {
            await next(context);
            return;
        }
        using var slot = await _limiter.AcquireAsync(1, context.RequestAborted);
        if (!slot.IsAcquired)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "2";
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = 503,
                    Title = texts.Get("host.problem.busy"),
                    Detail = texts.Get("host.problem.busy-detail"),
                },
            });
            return;
        }
        await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}
