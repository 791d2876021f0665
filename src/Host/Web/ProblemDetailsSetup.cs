using System.Text.Json;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// RFC 9457 problem details for every error. A malformed body becomes a 400 naming the JSON path of the
/// offending field; a concurrent write that lost the race (<see cref="WriteConflicts"/>) a 409; anything unexpected
/// becomes a 500 without internals (never a stack trace).
/// </summary>
internal static class ProblemDetailsSetup
{
    public static void AddProblemHandling(this IServiceCollection services)
    {
        // Registered before the JSON writer so that pages get an HTML error page; the API keeps problem details.
        services.AddSingleton<IProblemDetailsWriter, Ui.HtmlProblemWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (CorrelationMiddleware.Of(context.HttpContext) is { } id)
            {
                context.ProblemDetails.Extensions["correlationId"] = id;
            }
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw BadHttpRequestException instead of answering a bare 400, so the handler
        // above can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new NoNulStringConverter());
            options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        });
    }

    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ITexts texts, ILogger<BadRequestExceptionHandler> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            ProblemDetails problem;
            if (exception is BadHttpRequestException bad)
            {
                httpContext.Response.StatusCode = bad.StatusCode;
                problem = bad.InnerException is JsonException json
                    ? new ValidationProblemDetails(new Dictionary<string, string[]>
                    {
                        [FieldOf(json)] = [json.Message.Split(" Path:", 2)[0]],
                    })
                    { Title = texts.Get("host.problem.not-json") }
                    : new ProblemDetails { Title = texts.Get("host.problem.bad-request"), Detail = bad.Message };
                problem.Status = bad.StatusCode;
            }
            else if (WriteConflicts.IsConflict(exception))
            {
                // A concurrent write to the same stream won and the command did not retry: the caller decided on
                // state that is gone. Not a server fault; reloading and trying again helps.
                logger.LogInformation("Concurrent write refused: {Message}", exception.GetBaseException().Message);
                httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
                problem = new ProblemDetails
                {
                    Status = 409,
                    Title = texts.Get("host.problem.concurrent"),
                    Detail = texts.Get("host.problem.concurrent-detail"),
                };
            }
            else if (DatabaseOutage.IsOutage(exception))
            {
                // PostgreSQL is down or restarting: answer at once, tell the client to come back, keep the host up.
                logger.LogWarning("Database not reachable: {Message}", exception.GetBaseException().Message);
                httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                httpContext.Response.Headers.RetryAfter = "5";
                problem = new ProblemDetails
                {
                    Status = 503,
                    Title = texts.Get("host.problem.database"),
                    Detail = texts.Get("host.problem.database-detail"),
                };
            }
            else
            {
                logger.LogError(exception, "Unhandled exception");
                httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
                problem = new ProblemDetails { Status = 500, Title = texts.Get("host.problem.unexpected") };
            }
            return await problems.TryWriteAsync(
                new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }

        private static string FieldOf(JsonException json) =>
            string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
    }
}
