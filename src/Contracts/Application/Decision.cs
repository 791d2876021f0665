namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// The outcome of a pure decider: the events to append, or the refusal. Deciders never read the clock or the
/// database; the handler loads the state, passes state, command and time in, and appends what was decided
/// (load → decide → append). Every module names its deciders <c>…Decider</c>.
/// </summary>
/// <param name="Events">The events to append when accepted.</param>
/// <param name="Refused">The refusal, or null when accepted.</param>
public sealed record Decision(IReadOnlyList<object> Events, Refusal? Refused)
{
    /// <summary>True when the command was refused.</summary>
    public bool IsRefused => Refused is not null;

    /// <summary>Accepts the command with these events.</summary>
    public static Decision Accept(params object[] events) => new(events, null);

    /// <summary>Refuses the command.</summary>
    public static Decision Refuse(Refusal refusal) => new([], refusal);

    /// <summary>Refuses the command.</summary>
    public static implicit operator Decision(Refusal refusal) => Refuse(refusal);
}
