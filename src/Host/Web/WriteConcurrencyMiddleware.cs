using System.Threading.RateLimiting;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Lets at most <c>Web:ConcurrentWrites</c> (default 16) writing requests work at once and queues the rest in
/// memory, oldest first (<c>Web:WriteQueue</c>, default 10,000). A burst of hundreds of bookings then waits
/// here instead of holding every database connection while it waits for a row lock, which would exhaust
/// the connection pool and fail requests that only had to wait. A full queue answers 503 with Retry-After.
/// A write that waits without a connection gives its place up early (<see cref="IWriteSlotFeature"/>): shared
/// booking transactions gathered at most half of the 16 places per transaction before, because the other half
/// held the places of the requests waiting for the next one.
/// </summary>
internal sealed class WriteConcurrencyMiddleware(RequestDelegate next, IConfiguration configuration) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, configuration.GetValue<int?>("Web:ConcurrentWrites") ?? 16),
        QueueLimit = Math.Max(0, configuration.GetValue<int?>("Web:WriteQueue") ?? 10_000),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }
        using var slot = new WriteSlot(await _limiter.AcquireAsync(1, context.RequestAborted));
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
                    Title = "The platform is busy.",
                    Detail = "Too many requests are waiting; retry shortly.",
                },
            });
            return;
        }
        context.Features.Set<IWriteSlotFeature>(slot);
        await next(context);
    }

    public void Dispose() => _limiter.Dispose();

    private sealed class WriteSlot(RateLimitLease lease) : IWriteSlotFeature, IDisposable
    {
        private int _released;

        public bool IsAcquired => lease.IsAcquired;

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lease.Dispose();
            }
        }

        public void Dispose() => Release();
    }
}
