namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>A file is named after the type it defines, so the type is found by its name.</summary>
public sealed class FileNameTests
{
    [Fact]
    public void A_file_that_declares_one_type_is_named_after_it()
    {
        var root = Repository.Root();
        var misnamed = new List<string>();
        foreach (var path in Repository.SourceFiles("src", "plugins"))
        {
            var types = TopLevelTypes.In(File.ReadAllText(path)).Distinct().ToList();
            // Foo.cs, or a part of Foo: Foo.Endpoints.cs, Foo.razor.cs.
            var named = Path.GetFileName(path).Split('.')[0];
            if (types is [var type] && type != named)
            {
                misnamed.Add($"{Path.GetRelativePath(root, path)} declares {type}");
            }
        }
        Assert.Empty(misnamed);
    }

    [Theory]
    [InlineData("namespace A;\n\ninternal sealed class Foo\n{\n    private sealed record Nested(int X);\n}\n", "Foo")]
    [InlineData("namespace A;\n\npublic sealed record Foo(int X) : IBar where T : class;\ninternal enum Kind { A, B }\n", "Foo,Kind")]
    [InlineData("namespace A\n{\n    internal static partial class Foo { }\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal delegate Task<int> Handler<T>(T value);\n", "Handler")]
    [InlineData("namespace A;\n\n// class Comment\n/* class Block */\ninternal static class Foo\n{\n    const string S = \"class Text {\";\n    const char C = '{';\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal static class Foo\n{\n    static string V(int x) => $\"{(x > 0 ? \"}\" : \"{\")} class X {{\";\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal static class Foo\n{\n    const string R = \"\"\"\nclass Raw {\n\"\"\";\n    static string V(int x) => @\"class \"\"Verbatim\"\" {\";\n}\n", "Foo")]
    public void The_reader_finds_only_declarations_outside_other_types(string source, string expected) =>
        Assert.Equal(expected, string.Join(",", TopLevelTypes.In(source)));
}
