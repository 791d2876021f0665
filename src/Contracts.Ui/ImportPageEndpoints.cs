using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>
/// The endpoints of an import page (staff), the same for every import: <c>GET {path}</c> shows the upload form; <c>POST {path}</c>
/// with the file and <c>mode=check</c> runs the import as a dry run, keeps the checked table (<see cref="PendingImport"/>) and
/// shows the report with a button that posts to <c>{path}/{token}</c>, which imports exactly that table; <c>mode=apply</c>
/// imports at once. The page component renders <c>KzImport</c> and takes the parameters <c>State</c>, <c>Report</c> and
/// <c>Pending</c>. The import itself is the module's handler, passed in.
/// </summary>
public static class ImportPageEndpoints
{
    /// <summary>Maps the page at <paramref name="path"/> for staff.</summary>
    /// <typeparam name="TPage">The page component.</typeparam>
    /// <param name="pages">The module's page routes.</param>
    /// <param name="path">The page's path.</param>
    /// <param name="kind">The import's kind, so that a kept table is imported only by the page that checked it.</param>
    /// <param name="import">The module's handler: the table (null when unreadable), whether it is a dry run, the request.</param>
    public static void MapImportPage<TPage>(this IEndpointRouteBuilder pages, string path, string kind,
        Func<ImportTable?, bool, HttpContext, CancellationToken, Task<Result<ImportResult>>> import)
        where TPage : IComponent
    {
        var staff = pages.MapGroup(path).RequireAuthorization(Policies.Staff);
        staff.MapGet("", () => UiPages.Render<TPage>());
        staff.MapPost("", async (IFormCollection form, HttpContext http, IDocumentSession session, CancellationToken ct) =>
        {
            var texts = http.RequestServices.GetRequiredService<ITexts>();
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return Refused<TPage>(Refusal.Invalid("file", "common.import.file-missing"), texts);
            }
            await using var content = file.OpenReadStream();
            var table = await http.RequestServices.GetRequiredService<IImportFileReader>().ReadAsync(content, file.FileName, ct);
            return await RunAsync<TPage>(table, form["mode"] != "apply", kind, import, http, session, ct);
        });
        staff.MapPost("/{token:guid}", async (Guid token, HttpContext http, IDocumentSession session, CancellationToken ct) =>
            await PendingImport.TakeAsync(session, token, kind, ct) is { } table
                ? await RunAsync<TPage>(table, false, kind, import, http, session, ct)
                : UiPages.Failed(http, path, http.RequestServices.GetRequiredService<ITexts>().Get("common.import.pending-gone")));
    }

    private static async Task<IResult> RunAsync<TPage>(ImportTable? table, bool check, string kind,
        Func<ImportTable?, bool, HttpContext, CancellationToken, Task<Result<ImportResult>>> import, HttpContext http, IDocumentSession session,
        CancellationToken ct)
        where TPage : IComponent
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var result = await import(table, check, http, ct);
        if (result.Refusal is { } refusal)
        {
            return Refused<TPage>(refusal, texts);
        }
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var pending = check ? await PendingImport.KeepAsync(session, kind, table!, clock.GetUtcNow(), ct) : (Guid?)null;
        // The import's own batches are saved; a taken table is deleted with this save when nothing else saved it.
        await session.SaveChangesAsync(ct);
        return UiPages.Render<TPage>(new { Report = ImportReport.From(result.Value, texts), Pending = pending });
    }

    private static IResult Refused<TPage>(Refusal refusal, ITexts texts)
        where TPage : IComponent
    {
        var state = FormState.Empty();
        foreach (var error in refusal.Fields)
        {
            state.AddError(error.Field, texts.Get(error.Code, error.Args));
        }
        return UiPages.Render<TPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }
}
