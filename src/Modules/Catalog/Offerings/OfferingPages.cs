using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>What the offering list shows.</summary>
internal sealed record OfferingListModel(
    IReadOnlyList<CatalogEntry> Entries,
    IReadOnlyList<OfferingTypeDefinition> Types,
    IReadOnlyList<ProgramSummary> Programs,
    string? Status);

/// <summary>
/// The back office's offering pages: the list, the editor for a new offering of any registered type, and one
/// offering's page (edit with its version carried in a hidden field, publish, archive). They call the API's handlers.
/// </summary>
internal static class OfferingPages
{
    public const string List = UiPaths.StaffOfferings;
    public const string New = List + "/neu";

    public static string Of(Guid id) => $"{List}/{id}";

    public static void MapOfferingPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(List, ListAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapGet(New, async ([FromServices] IEnumerable<OfferingTypeDefinition> types, IQuerySession session, CancellationToken ct) =>
                UiPages.Render<NewOfferingPage>(new
                {
                    State = OfferingForm.New(),
                    Types = types.ToList(),
                    ProgramOptions = ProgramOptions(await ProgramsAsync(session, ct)),
                }))
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(New, DraftAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapGet(List + "/{id:guid}", async (
                Guid id, HttpContext http, [FromServices] IEnumerable<OfferingTypeDefinition> types, IQuerySession session, CancellationToken ct) =>
            await OfferingPageData.LoadAsync(id, http.User, session, types, ct) is { } data
                ? (IResult)UiPages.Render<OfferingEditorPage>(new { Model = data, State = OfferingForm.From(data.Entry, data.Version) })
                : Results.NotFound())
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(List + "/{id:guid}", ReviseAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(List + "/{id:guid}/veroeffentlichen", (
                Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Act(http, id, ChangeOffering.PublishAsync(id, null, http.User, session, clock, ct), Texts(http).Get("catalog.offerings.published")))
            .RequireAuthorization(Policies.OfferingManager);
        pages.MapPost(List + "/{id:guid}/archivieren", (
                Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Act(http, id, ChangeOffering.ArchiveAsync(id, null, http.User, session, clock, ct), Texts(http).Get("catalog.offerings.archived")))
            .RequireAuthorization(Policies.OfferingManager);
    }

    private static async Task<IResult> ListAsync(
        string? status, HttpContext http, [FromServices] IEnumerable<OfferingTypeDefinition> types, IQuerySession session, CancellationToken ct)
    {
        var entries = await ManagedAsync(http.User, session, ct);
        var shown = entries.Where(e => string.IsNullOrEmpty(status) || e.Status == status).ToList();
        var model = new OfferingListModel(shown, types.ToList(), await ProgramsAsync(session, ct), status);
        return UiPages.Render<OfferingListPage>(new { Model = model });
    }

    /// <summary>Center staff manage every offering, partner staff those of their own center.</summary>
    public static async Task<IReadOnlyList<CatalogEntry>> ManagedAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return (await session.Query<CatalogEntry>().ToListAsync(ct)).OrderByDescending(e => e.Id).ToList();
        }
        var center = user.FindFirstValue(KzClaims.PartnerCenter) ?? "";
        var owned = await session.Query<OfferingOwnership>().Where(o => o.PartnerCenter == center).Select(o => o.Id).ToListAsync(ct);
        return owned.Count == 0 ? [] : (await session.LoadManyAsync<CatalogEntry>(ct, owned)).OrderByDescending(e => e.Id).ToList();
    }

    private static async Task<IResult> DraftAsync(
        IFormCollection form,
        HttpContext http,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        var texts = Texts(http);
        var state = FormState.From(form);
        var request = OfferingForm.Draft(texts, state);
        if (!state.HasErrors)
        {
            var result = await DraftOffering.DraftAsync(request, types, http.User, session, clock, ct);
            if (result.Refusal is not { } refused)
            {
                return UiPages.Done(http, Of(result.Value.Id), texts.Get("catalog.offerings.draft-saved"));
            }
            state.Absorb(refused, texts);
        }
        state.Summary ??= texts.Get("common.invalid");
        return UiPages.Render<NewOfferingPage>(
            new { State = state, Types = types.ToList(), ProgramOptions = ProgramOptions(await ProgramsAsync(session, ct)) },
            StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ReviseAsync(
        Guid id,
        IFormCollection form,
        HttpContext http,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (await OfferingPageData.LoadAsync(id, http.User, session, types, ct) is not { } data)
        {
            return Results.NotFound();
        }
        var texts = Texts(http);
        var state = FormState.From(form);
        var details = OfferingForm.Details(texts, state);
        var status = StatusCodes.Status400BadRequest;
        if (!state.HasErrors)
        {
            var result = await ChangeOffering.ReviseAsync(id, details, OfferingForm.PostedVersion(state), http.User, session, clock, ct);
            if (result.Refusal is not { } refused)
            {
                return UiPages.Done(http, Of(id), texts.Get("catalog.offerings.saved"));
            }
            status = RefusalResults.StatusOf(refused.Kind);
            if (refused.Kind != RefusalKind.Stale)
            {
                state.Absorb(refused, texts);
            }
            else
            {
                state.Summary = texts.Get("catalog.offerings.stale");
                status = StatusCodes.Status409Conflict;
            }
        }
        state.Summary ??= texts.Get("common.invalid");
        return UiPages.Render<OfferingEditorPage>(
            new { Model = data, State = state }, status == StatusCodes.Status404NotFound ? StatusCodes.Status400BadRequest : status);
    }

    private static async Task<IResult> Act(HttpContext http, Guid id, Task<Result<ChangedOffering>> change, string done) =>
        (await change).Refusal switch
        {
            null => UiPages.Done(http, Of(id), done),
            { Kind: RefusalKind.NotFound } => Results.NotFound(),
            { } refused => UiPages.Failed(http, Of(id), Texts(http).Reason(refused)),
        };

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();

    private static IReadOnlyList<(string Value, string Text)> ProgramOptions(IReadOnlyList<ProgramSummary> programs) =>
        programs.Select(p => (p.Id.ToString(), $"{p.Name} ({UiText.Day(p.Starts)} – {UiText.Day(p.Ends)})")).ToList();

    private static async Task<IReadOnlyList<ProgramSummary>> ProgramsAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<ProgramSummary>().OrderByDescending(p => p.Starts).ToListAsync(ct);
}
