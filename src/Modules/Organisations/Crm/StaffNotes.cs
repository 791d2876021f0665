using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// Staff notes on an organisation: list, add and delete one's own, shared by the API (<see cref="CrmEndpoints"/>) and the
/// organisation page (<see cref="CrmPages"/>). Notes are documents (<see cref="StaffNote"/>); only staff reach these (policy).
/// </summary>
internal sealed class StaffNotes(IDocumentStore store, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<NoteView>>> ListAsync(Guid organisationId, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await LiveAsync(session, organisationId, ct) is { } unknown)
        {
            return unknown;
        }
        var notes = await session.Query<StaffNote>().Where(n => n.OrganisationId == organisationId).OrderByDescending(n => n.At).ToListAsync(ct);
        var authors = (await session.LoadManyAsync<Account>(ct, notes.Select(n => n.AuthorId).Distinct().ToArray()))
            .ToDictionary(a => a.Id, a => a.DisplayName);
        var reader = user.AccountId();
        return Result.Success<IReadOnlyList<NoteView>>(
            [.. notes.Select(n => new NoteView(n.Id, n.Text, n.At, n.AuthorId, authors.GetValueOrDefault(n.AuthorId) ?? "", n.AuthorId == reader))]);
    }

    public async Task<Result<NoteView>> AddAsync(Guid organisationId, NoteRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var text = body.Text?.Trim() ?? "";
        var errors = new FieldErrors()
            .When(text.Length == 0, "text", "organisations.crm.note-required")
            .When(text.Length > StaffNote.MaxLength, "text", "organisations.crm.note-too-long", TextArgs.Of(("max", StaffNote.MaxLength)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        await using var session = store.LightweightSession();
        if (await LiveAsync(session, organisationId, ct) is { } unknown)
        {
            return unknown;
        }
        var author = user.AccountId() ?? Guid.Empty;
        var note = new StaffNote(Guid.NewGuid(), organisationId, author, text, clock.GetUtcNow());
        session.Store(note);
        await session.SaveChangesAsync(ct);
        var name = (await session.LoadAsync<Account>(author, ct))?.DisplayName ?? "";
        return new NoteView(note.Id, note.Text, note.At, author, name, true);
    }

    public async Task<Refusal?> DeleteAsync(Guid organisationId, Guid noteId, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var note = await session.LoadAsync<StaffNote>(noteId, ct);
        if (note is null || note.OrganisationId != organisationId)
        {
            return Refusal.NotFound("organisations.crm.note-unknown");
        }
        if (note.AuthorId != user.AccountId())
        {
            return Refusal.Forbidden("organisations.crm.note-not-yours");
        }
        session.Delete<StaffNote>(noteId);
        await session.SaveChangesAsync(ct);
        return null;
    }

    private static async Task<Refusal?> LiveAsync(IQuerySession session, Guid organisationId, CancellationToken ct) =>
        await session.LoadAsync<Organisation>(organisationId, ct) is { Live: true } ? null : Refusal.NotFound("organisations.crm.unknown");
}
