using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>Staff: the organisation directory, one organisation's history, and staff notes (the API twins of <see cref="CrmPages"/>).</summary>
internal static class CrmEndpoints
{
    public static void MapCrm(this IEndpointRouteBuilder api)
    {
        api.MapGet("/directory", DirectoryAsync).RequireAuthorization(Policies.Staff).WithName("OrganisationDirectory");
        api.MapGet("/{id:guid}/history", async (Guid id, OrganisationRecords records, CancellationToken ct) =>
                (await records.HistoryAsync(id, ct)).ToHttpResult(v => Results.Ok(v)))
            .RequireAuthorization(Policies.Staff).WithName("OrganisationHistory");
        api.MapGet("/{id:guid}/notes", async (Guid id, HttpContext http, StaffNotes notes, CancellationToken ct) =>
                (await notes.ListAsync(id, http.User, ct)).ToHttpResult(v => Results.Ok(v)))
            .RequireAuthorization(Policies.Staff).WithName("ListOrganisationNotes");
        api.MapPost("/{id:guid}/notes", async (Guid id, NoteRequest body, HttpContext http, StaffNotes notes, CancellationToken ct) =>
                (await notes.AddAsync(id, body, http.User, ct))
                .ToHttpResult(note => Results.Created($"/api/organisations/{id}/notes/{note.Id}", note)))
            .RequireAuthorization(Policies.Staff).WithName("AddOrganisationNote");
        api.MapDelete("/{id:guid}/notes/{noteId:guid}", async (Guid id, Guid noteId, HttpContext http, StaffNotes notes, CancellationToken ct) =>
                await notes.DeleteAsync(id, noteId, http.User, ct) is { } refusal ? refusal.ToHttpResult() : Results.NoContent())
            .RequireAuthorization(Policies.Staff).WithName("DeleteOrganisationNote");
    }

    private static async Task<IResult> DirectoryAsync(
        string? q, string? industry, string? size, string? region, string? level, string? page, OrganisationRecords records, CancellationToken ct)
    {
        int? number = null;
        if (!string.IsNullOrEmpty(page))
        {
            number = int.TryParse(page, out var n) ? n : 0;
        }
        return (await records.SearchAsync(new DirectoryQuery(q, industry, size, region, level, number), ct)).ToHttpResult(v => Results.Ok(v));
    }
}
