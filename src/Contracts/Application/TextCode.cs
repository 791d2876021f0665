namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// A placeholder value that is itself a text: the adapter looks it up in the same language as the text around it,
/// e.g. a booking's status inside "The booking is already {status}." or the reason of one package item inside the
/// package's refusal.
/// </summary>
/// <param name="Code">The text's code.</param>
/// <param name="Args">The values of its own placeholders.</param>
public sealed record TextCode(string Code, TextArgs? Args = null)
{
    /// <summary>A refusal's reason as a placeholder value.</summary>
    public static TextCode Of(Refusal refusal) => new(refusal.Code, refusal.Args);
}
