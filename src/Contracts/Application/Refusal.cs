namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// A refused command or query: its <see cref="Kind"/>, a reason <see cref="Code"/> with <see cref="Args"/> (never a
/// sentence: the adapters look the code up in the module's texts, in the request's language) and, for
/// <see cref="RefusalKind.Invalid"/>, the fields concerned. It knows nothing of HTTP; <c>Contracts.Web</c> turns it
/// into problem details, a page into its form state or flash message.
/// </summary>
/// <param name="Kind">What kind of refusal.</param>
/// <param name="Code">The reason's text code, <c>module.reason</c>, e.g. <c>catalog.session-full</c>.</param>
public sealed record Refusal(RefusalKind Kind, string Code)
{
    /// <summary>The values of the reason text's placeholders.</summary>
    public TextArgs Args { get; init; } = TextArgs.None;

    /// <summary>The fields concerned (for <see cref="RefusalKind.Invalid"/>), each with its own reason.</summary>
    public IReadOnlyList<FieldError> Fields { get; init; } = [];

    /// <summary>The code of the general reason of an <see cref="RefusalKind.Invalid"/> refusal with field errors.</summary>
    public const string InvalidCode = "common.invalid";

    /// <summary>The input is wrong in one field.</summary>
    public static Refusal Invalid(string field, string code, TextArgs? args = null) =>
        Invalid([new FieldError(field, code, args ?? TextArgs.None)]);

    /// <summary>The input is wrong in these fields.</summary>
    public static Refusal Invalid(IEnumerable<FieldError> fields) =>
        new(RefusalKind.Invalid, InvalidCode) { Fields = [.. fields] };

    /// <summary>What the command names does not exist.</summary>
    public static Refusal NotFound(string code, TextArgs? args = null) =>
        new(RefusalKind.NotFound, code) { Args = args ?? TextArgs.None };

    /// <summary>The caller may not do this.</summary>
    public static Refusal Forbidden(string code, TextArgs? args = null) =>
        new(RefusalKind.Forbidden, code) { Args = args ?? TextArgs.None };

    /// <summary>The command does not fit the current state.</summary>
    public static Refusal Conflict(string code, TextArgs? args = null) =>
        new(RefusalKind.Conflict, code) { Args = args ?? TextArgs.None };

    /// <summary>The version the caller read is no longer current.</summary>
    public static Refusal Stale(string code, TextArgs? args = null) =>
        new(RefusalKind.Stale, code) { Args = args ?? TextArgs.None };

    /// <summary>Nothing was done because the system is busy; try again shortly.</summary>
    public static Refusal Unavailable(string code, TextArgs? args = null) =>
        new(RefusalKind.Unavailable, code) { Args = args ?? TextArgs.None };
}
