using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// The back-office pages of platform administrators: the list of centers and the form that creates or changes one, plain
/// forms over <see cref="CenterHandlers"/> (as the API is). A change carries the version it was filled in against, so an
/// edit made meanwhile is not overwritten unseen; a refused form is shown again with what was typed and the reasons.
/// </summary>
internal static class CenterPages
{
    public const string Path = "/backoffice/zentren";

    public const string NewPath = Path + "/neu";

    public static string EditPath(Guid id) => $"{Path}/{id}";

    public static void MapCenterPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (IQuerySession session, CancellationToken ct) =>
            UiPages.Render<CentersPage>(new { Centers = await CenterHandlers.ListAsync(session, ct) })).RequireAuthorization(Policies.PlatformAdmin);
        pages.MapGet(NewPath, () => UiPages.Render<CenterFormPage>(new { Model = new CenterFormView(null, 0, false, CenterFields.New()) }))
            .RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(NewPath, CreateAsync).RequireAuthorization(Policies.PlatformAdmin);
        pages.MapGet(Path + "/{id:guid}", ShowAsync).RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}", ChangeAsync).RequireAuthorization(Policies.PlatformAdmin);
    }

    private static async Task<IResult> ShowAsync(Guid id, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        var found = await CenterHandlers.GetAsync(id, session, ct);
        if (found.Refusal is { } refusal)
        {
            return UiPages.Failed(http, Path, texts.Reason(refusal));
        }
        var (center, version) = found.Value;
        return UiPages.Render<CenterFormPage>(new { Model = new CenterFormView(id, version, center.IsDefault, CenterFields.Of(center.Details)) });
    }

    private static async Task<IResult> CreateAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var result = await CenterHandlers.CreateAsync(CenterFields.Read(state), session, clock, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Path, texts.Get("centers.created", TextArgs.Of(("name", result.Value.Center.Details.Name))));
        }
        state.Absorb(refusal, texts);
        return UiPages.Render<CenterFormPage>(new { Model = new CenterFormView(null, 0, false, state) }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ChangeAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session,
        TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        long? posted = long.TryParse(state.Value("version"), out var v) ? v : null;
        var result = await CenterHandlers.ChangeAsync(id, posted, CenterFields.Read(state), session, clock, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Path, texts.Get("centers.saved", TextArgs.Of(("name", result.Value.Center.Details.Name))));
        }
        if (refusal.Kind == RefusalKind.NotFound)
        {
            return UiPages.Failed(http, Path, texts.Reason(refusal));
        }
        state.Absorb(refusal, texts);
        // After a conflict the form keeps what was typed with the current version: saving again then overwrites knowingly.
        var current = await CenterHandlers.GetAsync(id, session, ct);
        var version = refusal.Kind == RefusalKind.Stale && current.Succeeded ? current.Value.Version : posted ?? 0;
        var isDefault = current.Succeeded && current.Value.Center.IsDefault;
        return UiPages.Render<CenterFormPage>(new { Model = new CenterFormView(id, version, isDefault, state) }, StatusCodes.Status400BadRequest);
    }
}
