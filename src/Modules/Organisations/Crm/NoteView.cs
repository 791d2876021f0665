namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>A staff note as the API and the page show it: who wrote it (the staff member's name) and whether the reader did.</summary>
internal sealed record NoteView(Guid Id, string Text, DateTimeOffset At, Guid AuthorId, string Author, bool Own);
