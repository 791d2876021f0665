namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Staff closed a program: it takes no new offerings and no more changes; its figures and report stay.</summary>
internal sealed record ProgramClosed(Guid ProgramId, DateTimeOffset At);
