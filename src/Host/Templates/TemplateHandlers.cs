using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Marten;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>
/// The template use cases, shared by the API (<see cref="TemplateEndpoints"/>) and the editor page
/// (<c>Ui.TemplatePages</c>): each answers a typed result or a refusal with a code.
/// </summary>
internal static class TemplateHandlers
{
    /// <summary>The code of a refusal for errors in a template's source; each field error names line, column and message.</summary>
    public const string TemplateInvalid = "common.template-invalid";

    /// <summary>A template with its override, if one applies.</summary>
    public static async Task<Result<TemplateEndpoints.TemplateView>> GetAsync(
        string key, string language, TemplateRenderer renderer, IQuerySession session, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return Unknown(key);
        }
        var secret = renderer.CarriesSecret(key);
        var own = await session.LoadAsync<TemplateOverride>(TemplateOverride.IdFor(key, language), ct) is { } stored && stored.Applies(secret)
            ? stored
            : null;
        return new TemplateEndpoints.TemplateView(
            key, language, standard.Description, own?.Source ?? standard.Source, own is not null, standard.Source)
        {
            CarriesSecret = secret,
        };
    }

    /// <summary>Saves an override after test-rendering it with the default's sample model.</summary>
    public static async Task<Result<TemplateEndpoints.TemplateView>> SaveAsync(
        string key, string language, TemplateEndpoints.SaveTemplate body, TemplateRenderer renderer, IDocumentSession session, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return Unknown(key);
        }
        if (AdminOnly(key, renderer, user) is { } refused)
        {
            return refused;
        }
        if (Check(language, body.Source) is { } invalid)
        {
            return invalid;
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
            UpdatedBy = user.Identity?.Name,
            SavedByPlatformAdmin = user.IsInRole(Roles.PlatformAdmin),
        });
        await session.SaveChangesAsync(ct);
        return new TemplateEndpoints.TemplateView(key, language, standard.Description, body.Source!, true, standard.Source)
        {
            CarriesSecret = renderer.CarriesSecret(key),
        };
    }

    /// <summary>Removes the override, so the default applies again.</summary>
    public static async Task<Refusal?> ResetAsync(
        string key, string language, TemplateRenderer renderer, ClaimsPrincipal user, IDocumentSession session, CancellationToken ct)
    {
        if (AdminOnly(key, renderer, user) is { } refused)
        {
            return refused;
        }
        session.Delete<TemplateOverride>(TemplateOverride.IdFor(key, language));
        await session.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Renders the source (or the stored one) with the default's sample model.</summary>
    public static async Task<Result<string>> PreviewAsync(
        string key, string language, TemplateEndpoints.SaveTemplate body, TemplateRenderer renderer, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is not { } standard)
        {
            return Unknown(key);
        }
        var source = body.Source ?? await renderer.SourceAsync(key, language, ct) ?? standard.Source;
        var template = ScribanSandbox.Parse(source, out var errors);
        if (errors.Count == 0)
        {
            errors = ScribanSandbox.Validate(source, standard.SampleModel);
        }
        return errors.Count > 0 ? Invalid(errors) : ScribanSandbox.Render(template, standard.SampleModel, standard.Format);
    }

    /// <summary>The template errors a <see cref="TemplateInvalid"/> refusal names.</summary>
    public static IReadOnlyList<TemplateError> ErrorsOf(Refusal refusal) =>
        [.. refusal.Fields.Where(f => f.Args.ContainsKey("line"))
            .Select(f => new TemplateError((int)f.Args["line"]!, (int)f.Args["column"]!, (string)f.Args["message"]!))];

    private static Refusal? Check(string language, string? source)
    {
        var errors = new List<FieldError>();
        if (language is not ("de" or "en"))
        {
            errors.Add(new FieldError("language", "common.template-language-unknown"));
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(new FieldError("source", "common.template-source-required"));
        }
        if (source is { Length: > 200_000 })
        {
            errors.Add(new FieldError("source", "common.template-source-too-long"));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }

    private static Refusal Invalid(IReadOnlyList<TemplateError> errors) => new(RefusalKind.Invalid, TemplateInvalid)
    {
        Fields = [.. errors.Select(e => new FieldError("source", "common.template-error",
            TextArgs.Of(("line", e.Line), ("column", e.Column), ("message", e.Message))))],
    };

    private static Refusal? AdminOnly(string key, TemplateRenderer renderer, ClaimsPrincipal user) =>
        renderer.CarriesSecret(key) && !user.IsInRole(Roles.PlatformAdmin) ? Refusal.Forbidden("common.template-secret") : null;

    private static Refusal Unknown(string key) => Refusal.NotFound("common.template-unknown", TextArgs.Of(("key", key)));
}
