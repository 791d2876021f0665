using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Collects field errors of a request and turns them into an RFC 9457 validation problem (400) naming each
/// field, the answer every endpoint gives to bad input.
/// </summary>
public sealed class FieldProblems
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>
    /// Adds an error for a field (camelCase, as in the JSON body) whose message is already in the request's language;
    /// otherwise give both texts (<see cref="Add(string, string, string)"/>).
    /// </summary>
    public FieldProblems Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>
    /// Adds an error in the request's language: German on German pages, English on the API unless the client asks
    /// for German (<c>Accept-Language: de</c>), as the host's request localization sets the UI culture.
    /// </summary>
    public FieldProblems Add(string field, string german, string english) =>
        Add(field, UiText.T(german, english));

    /// <summary>Adds the error, in the request's language, when the condition is true.</summary>
    public FieldProblems When(bool condition, string field, string german, string english) =>
        condition ? Add(field, german, english) : this;

    /// <summary>The 400 answer with all errors.</summary>
    public IResult ToResult() =>
        Results.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
