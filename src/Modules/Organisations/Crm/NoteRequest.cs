namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>The body of <c>POST /api/organisations/{id}/notes</c>: the note's text (1 to 2000 characters).</summary>
internal sealed record NoteRequest(string? Text);
