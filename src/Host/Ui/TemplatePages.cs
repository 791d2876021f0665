using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Templates;
using Kompetenzzentrum.Host.Ui.Pages.Templates;
using Marten;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// The template editor: the list of every module's templates, and an editor that previews with the sample
/// model, shows Scriban's errors next to the field and saves or resets, through the API's own handlers.
/// </summary>
internal static partial class TemplatePages
{
    public static void MapTemplatePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(HostPages.Templates, ListAsync).RequireAuthorization(Policies.Staff);
        pages.MapGet(HostPages.Templates + "/{key}/{language}", EditAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(HostPages.Templates + "/{key}/{language}", PostAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(HostPages.Templates + "/{key}/{language}/zuruecksetzen", ResetAsync).RequireAuthorization(Policies.Staff);
    }

    public static string EditorPath(string key, string language) =>
        $"{HostPages.Templates}/{Uri.EscapeDataString(key)}/{Uri.EscapeDataString(language)}";

    private static async Task<IResult> ListAsync(TemplateRenderer renderer, IQuerySession session, CancellationToken ct)
    {
        var overridden = (await session.Query<TemplateOverride>().Select(o => o.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rows = renderer.Defaults
            .OrderBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.Language, StringComparer.Ordinal)
            .Select(d => new TemplateListPage.Row(d.Key, d.Language, d.Description, overridden.Contains(TemplateOverride.IdFor(d.Key, d.Language))))
            .ToList();
        return UiPages.Render<TemplateListPage>(new { Templates = rows });
    }

    private static async Task<IResult> EditAsync(string key, string language, TemplateRenderer renderer, IQuerySession session, CancellationToken ct)
    {
        var view = ApiOutcome.From(await TemplateEndpoints.Get(key, language, renderer, session, ct)).ValueAs<TemplateEndpoints.TemplateView>();
        return view is null
            ? Results.NotFound()
            : UiPages.Render<TemplateEditorPage>(new { View = Describe(view), State = FormState.Empty().With("source", view.Source) });
    }

    private static async Task<IResult> PostAsync(
        string key, string language, IFormCollection form, HttpContext http, TemplateRenderer renderer, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var stored = ApiOutcome.From(await TemplateEndpoints.Get(key, language, renderer, session, ct)).ValueAs<TemplateEndpoints.TemplateView>();
        if (stored is null)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var body = new TemplateEndpoints.SaveTemplate(state.Value("source"));
        var view = Describe(stored);
        if (state.Value("aktion") == "vorschau")
        {
            var preview = await TemplateEndpoints.RenderPreviewAsync(key, language, body, renderer, ct);
            return preview.Rendered is { } rendered
                ? UiPages.Render<TemplateEditorPage>(new { View = view, State = state, Preview = rendered })
                : Invalid(view, state, preview.Refusal!);
        }
        var saved = await TemplateEndpoints.Save(key, language, body, renderer, session, clock, http, ct);
        var outcome = ApiOutcome.From(saved);
        if (outcome.Status == StatusCodes.Status403Forbidden)
        {
            return Results.StatusCode(outcome.Status);
        }
        return outcome.Succeeded
            ? UiPages.Done(http, EditorPath(key, language), UiText.T("Die Vorlage ist gespeichert.", "The template is saved."))
            : Invalid(view, state, saved);
    }

    private static async Task<IResult> ResetAsync(string key, string language, IFormCollection form, HttpContext http, TemplateRenderer renderer, IDocumentSession session, CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is null)
        {
            return Results.NotFound();
        }
        var reset = ApiOutcome.From(await TemplateEndpoints.Reset(key, language, renderer, http, session, ct));
        if (!reset.Succeeded)
        {
            return Results.StatusCode(reset.Status);
        }
        return UiPages.Done(http, EditorPath(key, language), UiText.T("Die Vorlage ist auf den Standard zurückgesetzt.", "The template is reset to the default."));
    }

    private static IResult Invalid(TemplateEditorPage.Template view, FormState state, IResult result)
    {
        var outcome = ApiOutcome.From(result);
        var errors = outcome.Errors.ToDictionary(e => e.Key, e => e.Value.Select(Localize).ToArray(), StringComparer.OrdinalIgnoreCase);
        state.Absorb(outcome with { Errors = errors, Title = UiText.T("Die Vorlage enthält Fehler.", "The template has errors.") });
        return UiPages.Render<TemplateEditorPage>(new { View = view, State = state }, StatusCodes.Status400BadRequest);
    }

    private static TemplateEditorPage.Template Describe(TemplateEndpoints.TemplateView view) =>
        new(view.Key, view.Language, view.Description, view.IsOverride, view.DefaultSource) { CarriesSecret = view.CarriesSecret };

    // The API names the position in English; the page says it in the user's language.
    private static string Localize(string message) =>
        UiText.IsEnglish ? message : Position().Replace(message, "Zeile $1, Spalte $2:");

    [GeneratedRegex(@"^line (\d+), column (\d+):")]
    private static partial Regex Position();
}
