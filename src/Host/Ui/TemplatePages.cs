using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Host.Templates;
using Kompetenzzentrum.Host.Ui.Pages.Templates;
using Marten;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// The template editor: the list of every module's templates, and an editor that previews with the sample
/// model, shows Scriban's errors next to the field and saves or resets, through the API's own handlers.
/// </summary>
internal static class TemplatePages
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
        var found = await TemplateHandlers.GetAsync(key, language, renderer, session, ct);
        return found.Refusal is not null
            ? Results.NotFound()
            : UiPages.Render<TemplateEditorPage>(new { View = Describe(found.Value), State = FormState.Empty().With("source", found.Value.Source) });
    }

    private static async Task<IResult> PostAsync(string key, string language, IFormCollection form, HttpContext http, TemplateRenderer renderer,
        IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var stored = await TemplateHandlers.GetAsync(key, language, renderer, session, ct);
        if (stored.Refusal is not null)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var body = new TemplateEndpoints.SaveTemplate(state.Value("source"));
        var view = Describe(stored.Value);
        if (state.Value("aktion") == "vorschau")
        {
            var preview = await TemplateHandlers.PreviewAsync(key, language, body, renderer, ct);
            return preview.Refusal is { } invalid
                ? Invalid(view, state, invalid, texts)
                : UiPages.Render<TemplateEditorPage>(new { View = view, State = state, Preview = preview.Value });
        }
        var saved = await TemplateHandlers.SaveAsync(key, language, body, renderer, session, clock, http.User, ct);
        return saved.Refusal switch
        {
            null => UiPages.Done(http, EditorPath(key, language), texts.Get("common.template-saved")),
            { Kind: RefusalKind.Forbidden } refusal => Results.StatusCode(RefusalResults.StatusOf(refusal.Kind)),
            var refusal => Invalid(view, state, refusal, texts),
        };
    }

    private static async Task<IResult> ResetAsync(
        string key,
        string language,
        IFormCollection form,
        HttpContext http,
        TemplateRenderer renderer,
        IDocumentSession session,
        ITexts texts,
        CancellationToken ct)
    {
        if (renderer.DefaultFor(key, language) is null)
        {
            return Results.NotFound();
        }
        if (await TemplateHandlers.ResetAsync(key, language, renderer, http.User, session, ct) is { } refusal)
        {
            return Results.StatusCode(RefusalResults.StatusOf(refusal.Kind));
        }
        return UiPages.Done(http, EditorPath(key, language), texts.Get("common.template-reset"));
    }

    // Each error stands next to the field; without any, the summary says that the template has errors.
    private static IResult Invalid(TemplateEditorPage.Template view, FormState state, Refusal refusal, ITexts texts)
    {
        state.Summary = texts.Get(refusal.Fields.Count > 0 ? Refusal.InvalidCode : TemplateHandlers.TemplateInvalid);
        state.Absorb(refusal, texts);
        return UiPages.Render<TemplateEditorPage>(new { View = view, State = state }, StatusCodes.Status400BadRequest);
    }

    private static TemplateEditorPage.Template Describe(TemplateEndpoints.TemplateView view) =>
        new(view.Key, view.Language, view.Description, view.IsOverride, view.DefaultSource) { CarriesSecret = view.CarriesSecret };
}
