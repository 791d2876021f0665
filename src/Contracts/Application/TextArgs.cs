namespace Kompetenzzentrum.Contracts.Application;

/// <summary>
/// The named values a text's placeholders take, e.g. <c>{count}</c> or <c>{title}</c>. A value named <c>count</c>
/// also chooses the plural form of the text (<see cref="Texts.ITexts"/>).
/// </summary>
public sealed class TextArgs : Dictionary<string, object?>
{
    /// <summary>No values.</summary>
    public static TextArgs None { get; } = [];

    /// <summary>Creates an empty set of values, filled with collection initialisers: <c>new TextArgs { ["count"] = 3 }</c>.</summary>
    public TextArgs()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Values from name/value pairs: <c>TextArgs.Of(("count", 3), ("title", title))</c>.</summary>
    public static TextArgs Of(params (string Name, object? Value)[] values)
    {
        var args = new TextArgs();
        foreach (var (name, value) in values)
        {
            args[name] = value;
        }
        return args;
    }

    /// <summary>A copy of these values with one more (or a replaced) value.</summary>
    public TextArgs With(string name, object? value)
    {
        var args = new TextArgs();
        foreach (var (key, existing) in this)
        {
            args[key] = existing;
        }
        args[name] = value;
        return args;
    }
}
