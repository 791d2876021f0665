namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// Collects the field errors of a command's input, one check per line:
/// <c>errors.When(string.IsNullOrWhiteSpace(body.Name), "name", "catalog.program-name-required")</c>; a non-empty
/// collection becomes <see cref="Refusal.Invalid(IEnumerable{FieldError})"/>.
/// </summary>
public sealed class FieldErrors : List<FieldError>
{
    /// <summary>Adds the error when <paramref name="wrong"/> is true.</summary>
    /// <param name="wrong">Whether the field is wrong.</param>
    /// <param name="field">The field's name as in the request (camelCase, nested with dots or brackets).</param>
    /// <param name="code">The reason's text code.</param>
    /// <param name="args">The values of the reason text's placeholders.</param>
    /// <returns>This collection, for chaining.</returns>
    public FieldErrors When(bool wrong, string field, string code, TextArgs? args = null)
    {
        if (wrong)
        {
            Add(new FieldError(field, code, args ?? TextArgs.None));
        }
        return this;
    }
}
