using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>
/// A posted form's values and errors, handed back to the page when it is shown again, so that what the user
/// typed stays and each message stands next to its field. Field names are the API's camelCase names.
/// </summary>
public sealed class FormState
{
    private readonly Dictionary<string, string[]> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty form (first visit).</summary>
    public static FormState Empty() => new();

    /// <summary>The posted values of a form.</summary>
    public static FormState From(IFormCollection form)
    {
        var state = new FormState();
        foreach (var (key, value) in form)
        {
            state._values[key] = value.Where(v => v is not null).Select(v => v!).ToArray();
        }
        return state;
    }

    /// <summary>A message for the whole form (shown above it), e.g. a problem's title.</summary>
    public string? Summary { get; set; }

    /// <summary>Whether any field error or a summary is present.</summary>
    public bool HasErrors => _errors.Count > 0 || Summary is not null;

    /// <summary>Field errors by field name.</summary>
    public IReadOnlyDictionary<string, List<string>> Errors => _errors;

    /// <summary>The first posted value of a field, or the fallback.</summary>
    public string? Value(string field, string? fallback = null) =>
        _values.TryGetValue(field, out var v) && v.Length > 0 ? v[0] : fallback;

    /// <summary>The lines of a text area (one entry per line), trimmed, blank ones left out.</summary>
    public string[] Lines(string field) =>
        [.. (Value(field) ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>All posted values of a field (multi-select, checkboxes).</summary>
    public IReadOnlyList<string> Values(string field) => _values.TryGetValue(field, out var v) ? v : [];

    /// <summary>Sets a value, e.g. to pre-fill a form from stored data.</summary>
    public FormState With(string field, string? value)
    {
        _values[field] = value is null ? [] : [value];
        return this;
    }

    /// <summary>Sets several values of one field.</summary>
    public FormState With(string field, IEnumerable<string> values)
    {
        _values[field] = values.ToArray();
        return this;
    }

    /// <summary>Adds an error to a field.</summary>
    public FormState AddError(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>The errors of one field.</summary>
    public IReadOnlyList<string> ErrorsOf(string field) => _errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>
    /// Takes over a refusal of a command (the page adapter of the application layer): each field error goes next
    /// to its field (nested names such as <c>attendees[0].email</c> also to <c>attendees</c>), the reason becomes the
    /// summary, in the request's language.
    /// </summary>
    public FormState Absorb(Refusal refusal, ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var error in refusal.Fields)
        {
            AddFieldError(error.Field, texts.Get(error.Code, error.Args));
        }
        Summary ??= texts.Reason(refusal);
        return this;
    }

    // A nested field's error (attendees[0].email) also goes to its root field (attendees), which the page shows.
    private void AddFieldError(string field, string message)
    {
        AddError(field, message);
        var root = field.Split('[', '.')[0];
        if (root != field)
        {
            AddError(root, message);
        }
    }
}
