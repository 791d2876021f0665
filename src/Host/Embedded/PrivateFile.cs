namespace Kompetenzzentrum.Host.Embedded;

/// <summary>
/// Secrets on disk (the cluster's superuser password, the demo administrator's password): created readable
/// and writable by their owner only, never briefly world-readable, and narrowed to that on every start in
/// case an older version or an operator left them open.
/// </summary>
internal static class PrivateFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    public static void Write(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options))
        {
            writer.Write(content);
        }
        // The create mode applies to new files only; an existing file keeps its mode unless narrowed.
        Narrow(path);
    }

    public static void Narrow(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    /// <summary>
    /// Creates a folder that only its owner may enter. Missing parents get the usual mode: the server user
    /// must still pass through them when the host runs as root.
    /// </summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(path))
        {
            Directory.CreateDirectory(path);
            return;
        }
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } parent)
        {
            Directory.CreateDirectory(parent);
        }
        Directory.CreateDirectory(path, OwnerOnlyFolder);
    }
}
