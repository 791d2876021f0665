namespace Kompetenzzentrum.Contracts.Templates;

/// <summary>A module's default Scriban template for a key and language; staff may override it.</summary>
/// <param name="Key">Dotted key, module id first, e.g. <c>catalog.booking-confirmed</c>.</param>
/// <param name="Language">Language code, <c>de</c> or <c>en</c>.</param>
/// <param name="Source">Scriban source.</param>
/// <param name="Description">What the template is for, shown to staff.</param>
/// <param name="SampleModel">A model to test-render with when staff save an override.</param>
public sealed record TemplateDefinition(string Key, string Language, string Source, string Description, object? SampleModel = null)
{
    /// <summary>
    /// What the template renders (and every staff override of it). An <see cref="TemplateFormat.Html"/> template
    /// escapes every value it writes; the template opts out for one value with <c>html.raw</c>.
    /// </summary>
    public TemplateFormat Format { get; init; } = TemplateFormat.Text;

    /// <summary>
    /// True when the rendered text carries a secret (a one-time code, token or link that acts without sign-in),
    /// e.g. a survey link. Only platform administrators may then override or reset the template, since an
    /// override could move the secret where others read it (the subject, an external image address).
    /// The mail itself names the secret in <see cref="Mail.OutgoingMail.Secrets"/>.
    /// </summary>
    public bool CarriesSecret { get; init; }
}

/// <summary>What a template renders.</summary>
public enum TemplateFormat
{
    /// <summary>Plain text (mails): values are written as they are.</summary>
    Text,

    /// <summary>HTML (reports): values are HTML-escaped unless passed through <c>html.raw</c>.</summary>
    Html,
}

/// <summary>A problem found in a template, with its position (1-based).</summary>
public sealed record TemplateError(int Line, int Column, string Message);

/// <summary>Renders templates by key and language: a staff override if there is one, else the module default.</summary>
public interface ITemplateRenderer
{
    /// <summary>Renders the template with the model; falls back to German when the language has none.</summary>
    /// <exception cref="TemplateRenderException">The template failed to render or exceeded a limit.</exception>
    Task<string> RenderAsync(string key, string language, object model, CancellationToken cancellationToken);

    /// <summary>Parses and test-renders a source; returns the problems found, none when valid.</summary>
    IReadOnlyList<TemplateError> Validate(string source, object? sampleModel);

    /// <summary>
    /// Renders a source that is no registered template (e.g. the body of a newsletter staff wrote) in the same sandbox
    /// and limits as the templates, as plain text.
    /// </summary>
    /// <exception cref="TemplateRenderException">The source failed to parse or render, or exceeded a limit.</exception>
    string RenderSource(string source, object model);
}

/// <summary>A template could not be rendered.</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception with the problems found.</summary>
    public TemplateRenderException(string key, IReadOnlyList<TemplateError> errors)
        : base($"Template '{key}' failed: {string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}"))}") =>
        Errors = errors;

    /// <summary>The problems found.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }
}
