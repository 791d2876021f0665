using System.Collections.Concurrent;
using Kompetenzzentrum.Contracts.Templates;
using Marten;
using Scriban;
using Scriban.Syntax;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>Renders by key and language: a staff override from Marten, else the module's default.</summary>
internal sealed class TemplateRenderer(IEnumerable<TemplateDefinition> defaults, IDocumentStore store, ILogger<TemplateRenderer> logger)
    : ITemplateRenderer
{
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public IReadOnlyList<TemplateDefinition> Defaults { get; } = defaults.ToList();

    public TemplateDefinition? DefaultFor(string key, string language) =>
        Defaults.FirstOrDefault(d => d.Key == key && d.Language == language)
        ?? Defaults.FirstOrDefault(d => d.Key == key && d.Language == "de");

    /// <summary>Whether any language of the template carries a secret (<see cref="TemplateDefinition.CarriesSecret"/>).</summary>
    public bool CarriesSecret(string key) => Defaults.Any(d => d.Key == key && d.CarriesSecret);

    public async Task<string> RenderAsync(string key, string language, object model, CancellationToken cancellationToken)
    {
        var source = await SourceAsync(key, language, cancellationToken)
            ?? throw new TemplateRenderException(key, [new TemplateError(1, 1, $"no template '{key}' for '{language}'")]);
        var template = _parsed.GetOrAdd(source, s => ScribanSandbox.Parse(s, out _));
        if (template.HasErrors)
        {
            throw new TemplateRenderException(key, ScribanSandbox.Validate(source, null));
        }
        try
        {
            return ScribanSandbox.Render(template, model, DefaultFor(key, language)?.Format ?? TemplateFormat.Text);
        }
        catch (ScriptRuntimeException ex)
        {
            throw Failed(key, language, new TemplateError(ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage));
        }
        catch (InvalidOperationException ex)
        {
            throw Failed(key, language, new TemplateError(1, 1, ex.Message));
        }
    }

    // A template that passed its test render can still exceed a limit with real data: the caller refuses or
    // skips that one text, the host goes on, and the log says which template to fix.
    private TemplateRenderException Failed(string key, string language, TemplateError error)
    {
        logger.LogWarning(
            "Template {Key} ({Language}) failed to render at line {Line}, column {Column}: {Message}",
            key, language, error.Line, error.Column, error.Message);
        return new TemplateRenderException(key, [error]);
    }

    public IReadOnlyList<TemplateError> Validate(string source, object? sampleModel) => ScribanSandbox.Validate(source, sampleModel);

    public string RenderSource(string source, object model)
    {
        var template = ScribanSandbox.Parse(source, out _);
        if (template.HasErrors)
        {
            throw new TemplateRenderException("source", ScribanSandbox.Validate(source, null));
        }
        try
        {
            return ScribanSandbox.Render(template, model, TemplateFormat.Text);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException("source", [new TemplateError(ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage)]);
        }
        catch (InvalidOperationException ex)
        {
            throw new TemplateRenderException("source", [new TemplateError(1, 1, ex.Message)]);
        }
    }

    public async Task<string?> SourceAsync(string key, string language, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var own = await session.LoadAsync<TemplateOverride>(TemplateOverride.IdFor(key, language), cancellationToken);
        return own is not null && own.Applies(CarriesSecret(key)) ? own.Source : DefaultFor(key, language)?.Source;
    }
}
