namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// Why a command or query was refused. The kind is all an adapter needs to choose its answer (the HTTP endpoint a
/// status, the page where to show the reason); the domain never names a status itself.
/// </summary>
public enum RefusalKind
{
    /// <summary>The input is wrong: each <see cref="Refusal.Fields"/> entry names a field and why.</summary>
    Invalid,

    /// <summary>What the command names does not exist, or the caller may not know that it does.</summary>
    NotFound,

    /// <summary>The caller may not do this.</summary>
    Forbidden,

    /// <summary>The command does not fit the current state (full, already cancelled, changed meanwhile).</summary>
    Conflict,

    /// <summary>
    /// The caller changed a version it read earlier and that version is no longer current (someone else saved
    /// meanwhile): the caller should reload and try again.
    /// </summary>
    Stale,

    /// <summary>Nothing was done because the system is busy right now; the same command may be sent again shortly.</summary>
    Unavailable,
}
