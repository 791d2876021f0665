namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>Staff declined the application, saying why.</summary>
internal sealed record ApplicationDeclined(Guid ApplicationId, string Reason, DateTimeOffset At);
