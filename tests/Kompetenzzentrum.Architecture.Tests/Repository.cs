namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>The source tree the tests were built from.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kompetenzzentrum.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("repository root not found");
    }

    /// <summary>The C# files under the given top folders, without build output (bin, obj).</summary>
    public static IEnumerable<string> SourceFiles(params string[] folders) => Files("*.cs", folders);

    /// <summary>
    /// The files matching <paramref name="pattern"/> under the given top folders, without build output (bin, obj);
    /// the same files git tracks there (.gitignore keeps nothing else of this kind in the source folders).
    /// </summary>
    public static IEnumerable<string> Files(string pattern, params string[] folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root(), f), pattern, SearchOption.AllDirectories))
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>A path relative to the root, with forward slashes, as git shows it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root(), path).Replace(Path.DirectorySeparatorChar, '/');
}
