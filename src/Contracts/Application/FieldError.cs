namespace Kompetenzzentrum.Contracts.Application;

/// <summary>What is wrong with one field of a command.</summary>
/// <param name="Field">The field as the JSON body names it (camelCase; nested as <c>attendees[0].email</c>).</param>
/// <param name="Code">The reason's text code, e.g. <c>catalog.seats-too-few</c>; the adapters turn it into words.</param>
/// <param name="Args">The values of the text's placeholders.</param>
public sealed record FieldError(string Field, string Code, TextArgs Args)
{
    /// <summary>A field error without placeholder values.</summary>
    public FieldError(string field, string code)
        : this(field, code, TextArgs.None)
    {
    }
}
