namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// The typed answer of a command or query: its value, or why it was refused. Handlers return it; the HTTP endpoint
/// and the page are two adapters that turn it into their answers (<c>Contracts.Web.RefusalResults</c>,
/// <c>Contracts.Ui.FormState.Absorb</c>). Write <c>return value;</c> or <c>return Refusal.NotFound(...);</c>.
/// </summary>
/// <typeparam name="T">The success value.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Why the command was refused, or null when it succeeded.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether the command succeeded.</summary>
    public bool Succeeded => Refusal is null;

    /// <summary>The success value; throws when the command was refused.</summary>
    public T Value => Refusal is null ? _value! : throw new InvalidOperationException($"The command was refused ({Refusal.Code}).");

    internal static Result<T> Of(T? value, Refusal? refusal) => new(value, refusal);

    /// <summary>A success.</summary>
    public static implicit operator Result<T>(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));

    /// <summary>One of two answers, by outcome.</summary>
    public TOut Match<TOut>(Func<T, TOut> success, Func<Refusal, TOut> refused) =>
        Refusal is null ? success(_value!) : refused(Refusal);
}

/// <summary>Creates results where an implicit conversion does not apply (e.g. for an interface-typed value).</summary>
public static class Result
{
    /// <summary>A success.</summary>
    public static Result<T> Success<T>(T value) => Result<T>.Of(value, null);

    /// <summary>A refusal.</summary>
    public static Result<T> Refused<T>(Refusal refusal) => Result<T>.Of(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
