using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Host.Persistence;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Finds the request's center once, before routing (<see cref="ICenterDirectory"/>: from memory, no query per request), keeps
/// it as the request's <see cref="CenterMatch"/> feature and in the <see cref="OperationContext"/> (so sessions open its tenant),
/// and when a path prefix found it, moves the prefix into <c>PathBase</c>: <c>/lausitz/katalog</c> routes as <c>/katalog</c>
/// and links built from the PathBase stay inside the center. Without the centers module, or while the database is
/// unreachable, the request goes on without a center (the health answers stay available).
/// </summary>
internal sealed class CenterMiddleware(RequestDelegate next, ILogger<CenterMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.RequestServices.GetService<ICenterDirectory>() is not { } directory
            || await FindAsync(directory, request, context.RequestAborted) is not { } match)
        {
            await next(context);
            return;
        }
        context.Features.Set(match);
        if (OperationContext.Current is { } operation)
        {
            OperationContext.Current = operation with { Center = match.Center.ShortName };
        }
        if (match.PathPrefix is not { } prefix || !request.Path.StartsWithSegments("/" + prefix, out var matched, out var remaining))
        {
            await next(context);
            return;
        }
        var (pathBase, path) = (request.PathBase, request.Path);
        request.PathBase = pathBase.Add(matched);
        request.Path = remaining;
        try
        {
            await next(context);
        }
        finally
        {
            request.PathBase = pathBase;
            request.Path = path;
        }
    }

    private async Task<CenterMatch?> FindAsync(ICenterDirectory directory, HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await directory.ResolveAsync(request.Host.Host, request.Path.Value, ct);
        }
        catch (Exception ex) when (DatabaseOutage.IsOutage(ex))
        {
            logger.LogWarning("The request's center is unknown while the database is unreachable: {Message}", ex.Message);
            return null;
        }
    }
}
