using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Collects field errors of a request whose words are already in the request's language (looked up in the texts) and
/// turns them into an RFC 9457 validation problem (400) naming each field. It takes no German/English pairs: words come
/// from a module's <c>Texts.resx</c>; a handler refuses with codes instead
/// (<see cref="Application.FieldErrors"/>, <see cref="Application.Refusal.Invalid(IEnumerable{Application.FieldError})"/>).
/// </summary>
public sealed class FieldProblems
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>
    /// Adds an error for a field (camelCase, as in the JSON body) whose message is already in the request's language,
    /// e.g. <c>texts.Get("research.free-text-too-long", args)</c>.
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

    /// <summary>The 400 answer with all errors.</summary>
    public IResult ToResult() =>
        Results.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
