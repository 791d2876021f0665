using System.Reflection;

namespace Kompetenzzentrum.Testing;

/// <summary>Where the build put modules, plugins and test plugins.</summary>
public static class Artifacts
{
    public static string Root { get; } = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KzArtifacts").Value!;

    public static string Folder(string kind, string name) => Path.Combine(Root, kind, name);

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
