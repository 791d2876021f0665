using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kompetenzzentrum.Host.Tests.Logging;

/// <summary>One line of the JSON console formatter, with the line as written (its state may repeat the message's values).</summary>
internal sealed partial record LogEntry(string LogLevel, string Category, string Message, string Line)
{
    /// <summary>Parses a console line; a line that is not a JSON log entry fails the test that reads it.</summary>
    public static LogEntry Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.True(root.TryGetProperty("Timestamp", out _), "no Timestamp in " + line);
        return new(root.GetProperty(nameof(LogLevel)).GetString()!, root.GetProperty(nameof(Category)).GetString()!,
            root.GetProperty(nameof(Message)).GetString()!, line);
    }

    public bool HasSql => Sql().IsMatch(Line);

    public bool IsBelowInformation => LogLevel is "Trace" or "Debug";

    public override string ToString() => Line;

    // What SQL statements look like, in any case: a query, an insert, an update, a delete, a schema change.
    [GeneratedRegex(@"\bselect\b.+\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|\b(create|alter)\s+(table|index|function)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Sql();
}
