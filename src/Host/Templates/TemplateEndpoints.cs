using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Marten;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>
/// Staff read, override, preview and reset templates. An override is parsed and test-rendered with the
/// default's sample model before it is saved, so a broken template is refused at save time, never at send time.
/// A template that carries a secret (<see cref="TemplateDefinition.CarriesSecret"/>) is saved and reset by platform
/// administrators only: an override could otherwise move the secret where staff read it.
/// </summary>
internal static class TemplateEndpoints
{
    public sealed record SaveTemplate(string? Source);

    public sealed record TemplateView(string Key, string Language, string Description, string Source, bool IsOverride, string DefaultSource)
    {
        /// <summary>The template carries a secret: only platform administrators may change it.</summary>
        public bool CarriesSecret { get; init; }
    }

    public static void MapTemplates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.Staff);
        group.MapGet("/", List).WithName("ListTemplates");
        group.MapGet("/{key}/{language}", Get).WithName("GetTemplate");
        group.MapPut("/{key}/{language}", Save).WithName("SaveTemplate");
        group.MapDelete("/{key}/{language}", Reset).WithName("ResetTemplate");
        group.MapPost("/{key}/{language}/preview", Preview).WithName("PreviewTemplate");
    }

    private static IResult List(TemplateRenderer renderer) =>
        Results.Ok(renderer.Defaults.Select(d => new { d.Key, d.Language, d.Description, d.CarriesSecret }));

    internal static async Task<IResult> Get(string key, string language, TemplateRenderer renderer, IQuerySession session, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return NotFound(key);
        }
        var secret = renderer.CarriesSecret(key);
        var own = await session.LoadAsync<TemplateOverride>(TemplateOverride.IdFor(key, language), ct) is { } stored && stored.Applies(secret) ? stored : null;
        return Results.Ok(new TemplateView(key, language, standard.Description, own?.Source ?? standard.Source, own is not null, standard.Source) { CarriesSecret = secret });
    }

    internal static async Task<IResult> Save(string key, string language, SaveTemplate body, TemplateRenderer renderer, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return NotFound(key);
        }
        if (AdminOnly(key, renderer, http.User) is { } refused)
        {
            return refused;
        }
        var problems = Check(language, body.Source);
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var errors = renderer.Validate(body.Source!, standard.SampleModel);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        session.Store(new TemplateOverride
        {
            Id = TemplateOverride.IdFor(key, language),
            Key = key,
            Language = language,
            Source = body.Source!,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = http.User.Identity?.Name,
            SavedByPlatformAdmin = http.User.IsInRole(Roles.PlatformAdmin),
        });
        await session.SaveChangesAsync(ct);
        return Results.Ok(new TemplateView(key, language, standard.Description, body.Source!, true, standard.Source) { CarriesSecret = renderer.CarriesSecret(key) });
    }

    internal static async Task<IResult> Reset(string key, string language, TemplateRenderer renderer, HttpContext http, IDocumentSession session, CancellationToken ct)
    {
        if (AdminOnly(key, renderer, http.User) is { } refused)
        {
            return refused;
        }
        session.Delete<TemplateOverride>(TemplateOverride.IdFor(key, language));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    /// <summary>The rendered preview, or why there is none (unknown template, errors in the source).</summary>
    internal sealed record PreviewOutcome(string? Rendered, IResult? Refusal);

    internal static async Task<IResult> Preview(string key, string language, SaveTemplate body, TemplateRenderer renderer, CancellationToken ct)
    {
        var outcome = await RenderPreviewAsync(key, language, body, renderer, ct);
        return outcome.Rendered is { } rendered ? SandboxedHtml.Result(rendered) : outcome.Refusal!;
    }

    /// <summary>Renders the source (or the stored one) with the default's sample model; the page shows it as text.</summary>
    internal static async Task<PreviewOutcome> RenderPreviewAsync(string key, string language, SaveTemplate body, TemplateRenderer renderer, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return new(null, NotFound(key));
        }
        var source = body.Source ?? await renderer.SourceAsync(key, language, ct) ?? standard.Source;
        var template = ScribanSandbox.Parse(source, out var errors);
        if (errors.Count == 0)
        {
            errors = ScribanSandbox.Validate(source, standard.SampleModel);
        }
        return errors.Count > 0
            ? new(null, Invalid(errors))
            : new(ScribanSandbox.Render(template, standard.SampleModel, standard.Format), null);
    }

    private static FieldProblems Check(string language, string? source) => new FieldProblems()
        .When(language is not ("de" or "en"), "language", "Sprache „de“ oder „en“.", "Language must be 'de' or 'en'.")
        .When(string.IsNullOrWhiteSpace(source), "source", "Die Vorlage fehlt.", "The template source is required.")
        .When(source is { Length: > 200_000 }, "source", "Die Vorlage ist länger als 200.000 Zeichen.", "The template source is longer than 200,000 characters.");

    private static IResult Invalid(IReadOnlyList<TemplateError> errors) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["source"] = errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToArray() },
        title: "The template has errors.",
        extensions: new Dictionary<string, object?> { ["templateErrors"] = errors });

    private static IResult? AdminOnly(string key, TemplateRenderer renderer, System.Security.Claims.ClaimsPrincipal user) =>
        renderer.CarriesSecret(key) && !user.IsInRole(Roles.PlatformAdmin)
            ? Results.Problem(statusCode: 403,
                title: UiText.T("Diese Vorlage enthält einen vertraulichen Code oder Link; nur die Plattform-Administration darf sie ändern.",
                    "This template carries a confidential code or link; only platform administrators may change it."))
            : null;

    private static IResult NotFound(string key) =>
        Results.Problem(statusCode: 404, title: "Unknown template", detail: $"No module provides a template '{key}'.");
}
