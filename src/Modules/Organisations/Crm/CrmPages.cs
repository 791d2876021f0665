using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// The staff's CRM pages: the directory of organisations (a plain GET form and page links) and one organisation's page (master
/// data, members, the radar of its check rounds, the history of every module, staff notes with a plain POST form), over the same
/// queries and handlers as the API (<see cref="OrganisationRecords"/>, <see cref="StaffNotes"/>).
/// </summary>
internal static class CrmPages
{
    public const string Path = "/backoffice/unternehmen";

    public static string Of(Guid id) => $"{Path}/{id}";

    public static string Notes(Guid id) => $"{Of(id)}/notizen";

    public static string DeleteNote(Guid id, Guid noteId) => $"{Notes(id)}/{noteId}/loeschen";

    public static void MapCrmPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, DirectoryAsync).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{id:guid}", (Guid id, HttpContext http, OrganisationRecords records, StaffNotes notes, ITexts texts,
            CancellationToken ct) => ShowAsync(id, FormState.Empty(), StatusCodes.Status200OK, http, records, notes, texts, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/notizen", AddNoteAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/notizen/{noteId:guid}/loeschen", async (
                Guid id, Guid noteId, HttpContext http, StaffNotes notes, ITexts texts, CancellationToken ct) =>
            await notes.DeleteAsync(id, noteId, http.User, ct) is { } refusal
                ? UiPages.Failed(http, Of(id), texts.Reason(refusal))
                : UiPages.Done(http, Of(id), texts.Get("organisations.crm.note-deleted")))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> DirectoryAsync(HttpContext http, OrganisationRecords records, ITexts texts, CancellationToken ct)
    {
        var query = http.Request.Query;
        var state = FormState.Empty();
        foreach (var field in new[] { "q", "industry", "size", "region", "level" })
        {
            state.With(field, query[field].ToString());
        }
        int? page = null;
        if (query.TryGetValue("page", out var p) && p.ToString().Length > 0)
        {
            page = int.TryParse(p, out var n) ? n : 0;
        }
        var search = new DirectoryQuery(state.Value("q"), state.Value("industry"), state.Value("size"), state.Value("region"),
            state.Value("level"), page);
        var result = await records.SearchAsync(search, ct);
        if (result.Refusal is { } refusal)
        {
            state.Absorb(refusal, texts);
            return UiPages.Render<DirectoryPage>(new { State = state, Search = search }, StatusCodes.Status400BadRequest);
        }
        return UiPages.Render<DirectoryPage>(new { State = state, Search = search, Found = result.Value });
    }

    private static async Task<IResult> AddNoteAsync(
        Guid id, IFormCollection form, HttpContext http, OrganisationRecords records, StaffNotes notes, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var result = await notes.AddAsync(id, new NoteRequest(state.Value("text")), http.User, ct);
        if (result.Refusal is { } refusal)
        {
            state.Absorb(refusal, texts);
            return await ShowAsync(id, state, StatusCodes.Status400BadRequest, http, records, notes, texts, ct);
        }
        return UiPages.Done(http, Of(id), texts.Get("organisations.crm.note-added"));
    }

    private static async Task<IResult> ShowAsync(
        Guid id, FormState state, int status, HttpContext http, OrganisationRecords records, StaffNotes notes, ITexts texts, CancellationToken ct)
    {
        var record = await records.RecordAsync(id, ct);
        if (record.Refusal is { } refusal)
        {
            return UiPages.Failed(http, Path, texts.Reason(refusal));
        }
        var o = record.Value;
        var dimensions = MaturityDimensions.All;
        // T0 and the latest round (T1, or later) on one radar, as on the member's result page.
        var shown = o.Rounds.Count > 1 ? new[] { o.Rounds[0], o.Rounds[^1] } : o.Rounds.ToArray();
        return UiPages.Render<OrganisationPage>(new
        {
            Model = o,
            Labels = dimensions.Select(d => DimensionNames.Of(d, texts)).ToList(),
            Series = shown.Select(r => new ChartSeries(r.Round, dimensions.Select(d => Math.Round(r.Scores.GetValueOrDefault(d), 1)).ToList()))
                .ToList(),
            Levels = o.Rounds.ToDictionary(r => r.Round, r => DimensionNames.Level(r.Level, texts)),
            NoteList = (await notes.ListAsync(id, http.User, ct)).Match(n => n, _ => []),
            State = state,
        }, status);
    }
}
