namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>Why a command was refused; each kind maps to one HTTP status.</summary>
internal enum RejectionKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>A refused command: what kind of refusal, the field it concerns (for 400s) and why.</summary>
internal sealed record Rejection(RejectionKind Kind, string Message, string? Field = null)
{
    public int Status => Kind switch
    {
        RejectionKind.Invalid => 400,
        RejectionKind.NotFound => 404,
        RejectionKind.Forbidden => 403,
        _ => 409,
    };
}

/// <summary>
/// The outcome of a pure decision: the events to append, or the reason for refusing. Decisions never read
/// the clock or the database; the endpoint passes state, command and time in.
/// </summary>
internal sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejected)
{
    public bool IsRejected => Rejected is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Reject(RejectionKind kind, string message, string? field = null) =>
        new([], new Rejection(kind, message, field));

    public static Decision Conflict(string message) => Reject(RejectionKind.Conflict, message);
}
