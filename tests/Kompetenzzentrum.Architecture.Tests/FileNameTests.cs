namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// A file is named after a type it defines, so a type is found by its name: for every C# file under src and plugins
/// (build output aside), the file's name up to its first dot (<c>Foo.cs</c>, and for pieces of a partial type
/// <c>Foo.Endpoints.cs</c> or <c>Foo.razor.cs</c>) is the name of a type the file declares outside any other type,
/// generic arity ignored. A file may hold more types (small records that belong to the named one), but one of them
/// gives it its name. Razor files define their component by their name already.
/// </summary>
public sealed class FileNameTests
{
    [Fact]
    public void A_file_is_named_after_a_type_it_declares()
    {
        var misnamed = Misnamed().Select(m => $"{m.File} declares {m.Types}").ToList();
        Assert.True(misnamed.Count == 0, $"{misnamed.Count} files not named after a type they declare:\n" + string.Join("\n", misnamed));
    }

    [Theory]
    [InlineData("Foo.cs", "namespace A;\n\ninternal sealed class Foo;\ninternal sealed record FooChanged(int X);\n", true)]
    [InlineData("Foo.Endpoints.cs", "namespace A;\n\ninternal static partial class Foo\n{\n}\n", true)]
    [InlineData("Foo.razor.cs", "namespace A;\n\npublic partial class Foo\n{\n}\n", true)]
    [InlineData("Result.cs", "namespace A;\n\npublic sealed class Result<T>;\npublic static class Result;\n", true)]
    [InlineData("GlobalUsings.cs", "global using System.Text;\n", true)]
    [InlineData("FooEvents.cs", "namespace A;\n\ninternal sealed record FooAdded(int X);\ninternal sealed record FooRemoved(int X);\n", false)]
    [InlineData("Foos.cs", "namespace A;\n\ninternal sealed class Foo;\n", false)]
    public void The_rule_accepts_a_file_named_after_one_of_its_types(string file, string source, bool named) =>
        Assert.Equal(named, IsNamedAfterItsType(file, source));

    [Theory]
    [InlineData("namespace A;\n\ninternal sealed class Foo\n{\n    private sealed record Nested(int X);\n}\n", "Foo")]
    [InlineData("namespace A;\n\npublic sealed record Foo(int X) : IBar where T : class;\ninternal enum Kind { A, B }\n", "Foo,Kind")]
    [InlineData("namespace A\n{\n    internal static partial class Foo { }\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal delegate Task<int> Handler<T>(T value);\n", "Handler")]
    [InlineData("namespace A;\n\n// class Comment\n/* class Block */\ninternal static class Foo\n{\n"
        + "    const string S = \"class Text {\";\n    const char C = '{';\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal static class Foo\n{\n"
        + "    static string V(int x) => $\"{(x > 0 ? \"}\" : \"{\")} class X {{\";\n}\n", "Foo")]
    [InlineData("namespace A;\n\ninternal static class Foo\n{\n    const string R = \"\"\"\nclass Raw {\n\"\"\";\n"
        + "    static string V(int x) => @\"class \"\"Verbatim\"\" {\";\n}\n", "Foo")]
    public void The_reader_finds_only_declarations_outside_other_types(string source, string expected) =>
        Assert.Equal(expected, string.Join(",", TopLevelTypes.In(source)));

    private static IEnumerable<(string File, string Types)> Misnamed() =>
        from path in Repository.SourceFiles("src", "plugins")
        let source = File.ReadAllText(path)
        where !IsNamedAfterItsType(Path.GetFileName(path), source)
        select (Repository.Relative(path), string.Join(", ", TopLevelTypes.In(source).Distinct()));

    private static bool IsNamedAfterItsType(string fileName, string source)
    {
        var types = TopLevelTypes.In(source);
        return types.Count == 0 || types.Contains(fileName.Split('.')[0]);
    }
}
