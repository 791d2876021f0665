using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>Why a command was refused; each kind maps to one HTTP status.</summary>
public enum RejectionKind
{
    /// <summary>Bad input (400, a validation problem naming the field).</summary>
    Invalid,

    /// <summary>The thing the command names does not exist (404).</summary>
    NotFound,

    /// <summary>The user may not do this (403).</summary>
    Forbidden,

    /// <summary>The command does not fit the current state (409).</summary>
    Conflict,
}

/// <summary>
/// A refused command: what kind of refusal, the field it concerns (for 400s) and why, in German and English. The
/// answer gives the reason in the request's language (<see cref="Message"/>): German on pages unless the user
/// switched to English, English on the API unless the client asks for German.
/// </summary>
/// <param name="Kind">The kind of refusal, which decides the HTTP status.</param>
/// <param name="Reason">Why, in both languages.</param>
/// <param name="Field">The field a 400 concerns (camelCase, as in the JSON body); null for the body as a whole.</param>
public sealed record Rejection(RejectionKind Kind, LocalizedText Reason, string? Field = null)
{
    /// <summary>A refusal with its German and English reason.</summary>
    public Rejection(RejectionKind kind, string german, string english, string? field = null)
        : this(kind, new LocalizedText(german, english), field)
    {
    }

    /// <summary>The reason in the current request's language.</summary>
    public string Message => Reason.For(CultureInfo.CurrentUICulture);

    /// <summary>The HTTP status of the refusal.</summary>
    public int Status => Kind switch
    {
        RejectionKind.Invalid => StatusCodes.Status400BadRequest,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The same refusal with words around its reason, e.g. which item of a package it concerns.</summary>
    public Rejection Around(string germanBefore, string englishBefore, string germanAfter = "", string englishAfter = "") =>
        this with { Reason = new($"{germanBefore}{Reason.De}{germanAfter}", $"{englishBefore}{Reason.En}{englishAfter}") };

    /// <summary>The problem-details answer: a validation problem naming the field for 400, else a problem titled with the reason.</summary>
    public IResult ToResult() => Kind == RejectionKind.Invalid
        ? Results.ValidationProblem(new Dictionary<string, string[]> { [Field ?? "body"] = [Message] })
        : Results.Problem(statusCode: Status, title: Message);
}

/// <summary>
/// The outcome of a pure decision: the events to append, or the reason for refusing. Decisions never read the clock
/// or the database; the endpoint passes state, command and time in.
/// </summary>
/// <param name="Events">The events to append when accepted.</param>
/// <param name="Rejected">The refusal, or null when accepted.</param>
public sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejected)
{
    /// <summary>True when the command was refused.</summary>
    public bool IsRejected => Rejected is not null;

    /// <summary>Accepts the command with these events.</summary>
    public static Decision Accept(params object[] events) => new(events, null);

    /// <summary>Refuses the command, with the reason in German and English.</summary>
    public static Decision Reject(RejectionKind kind, string german, string english, string? field = null) =>
        new([], new Rejection(kind, german, english, field));

    /// <summary>Refuses the command because it does not fit the current state (409).</summary>
    public static Decision Conflict(string german, string english) => Reject(RejectionKind.Conflict, german, english);
}
