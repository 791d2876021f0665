using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>
/// What an API handler answered, read back by a page that called the same handler, so that a form and the
/// API share one set of rules and validation messages.
/// </summary>
/// <param name="Status">The HTTP status the API would have sent.</param>
/// <param name="Value">The answer's body value on success (e.g. the created resource), or null.</param>
/// <param name="Title">The problem's title on failure.</param>
/// <param name="Detail">The problem's detail on failure.</param>
/// <param name="Errors">Field errors keyed by the request's camelCase field names.</param>
/// <param name="Type">The problem's type on failure, when the handler set one to tell this refusal from others.</param>
public sealed record ApiOutcome(int Status, object? Value, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, string? Type = null)
{
    /// <summary>Whether the handler succeeded (2xx).</summary>
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The success value as <typeparamref name="T"/>, or default.</summary>
    public T? ValueAs<T>() => Value is T t ? t : default;

    /// <summary>Reads an <see cref="IResult"/> returned by a minimal API handler.</summary>
    public static ApiOutcome From(IResult result)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (result as IValueHttpResult)?.Value;
        var problem = result switch
        {
            ProblemHttpResult p => p.ProblemDetails,
            ValidationProblem v => v.ProblemDetails,
            _ => value as ProblemDetails,
        };
        if (problem is null)
        {
            return new ApiOutcome(status, value, null, null, Empty);
        }
        var errors = problem switch
        {
            HttpValidationProblemDetails v => (IReadOnlyDictionary<string, string[]>)v.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase),
            _ when problem.Extensions.TryGetValue("errors", out var raw) && raw is IDictionary<string, string[]> map =>
                map.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase),
            _ => Empty,
        };
        return new ApiOutcome(problem.Status ?? status, null, problem.Title, problem.Detail, errors, problem.Type);
    }

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}
