namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// Lines of C# and Razor are at most <see cref="MaxLength"/> characters (<c>max_line_length</c> in .editorconfig), so
/// code reads side by side in a review without scrolling.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 150;

    [Fact]
    public void No_line_of_CSharp_or_Razor_is_longer_than_150_characters()
    {
        var tooLong = LongLines().Select(l => $"{l.File}:{l.Line} ({l.Length})").ToList();
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines longer than {MaxLength} characters:\n" + string.Join("\n", tooLong));
    }

    [Theory]
    [InlineData(150, 0)]
    [InlineData(151, 1)]
    public void A_line_counts_characters_not_bytes(int umlauts, int expected)
    {
        var line = new string('ä', umlauts);
        Assert.Equal(expected, TooLong(line + "\n" + "x\r\n").Count());
    }

    private static IEnumerable<(string File, int Line, int Length)> LongLines() =>
        Repository.Files("*.cs", "src", "plugins", "tests", "bench")
            .Concat(Repository.Files("*.razor", "src", "plugins", "tests", "bench"))
            .SelectMany(path => TooLong(File.ReadAllText(path)).Select(l => (Repository.Relative(path), l.Line, l.Length)));

    private static IEnumerable<(int Line, int Length)> TooLong(string text) =>
        text.Split('\n')
            .Select((line, i) => (Line: i + 1, Length: line.TrimEnd('\r').Length))
            .Where(l => l.Length > MaxLength);
}
