namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>Files under one folder; keys are generated ids, never names from a request, so no path can escape it.</summary>
internal sealed class LocalMediaStorage(MediaSettings settings) : IMediaStorage
{
    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(settings.StoragePath);
        var target = PathOf(key);
        var partial = target + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
        }
        // A reader never sees a half-written file.
        File.Move(partial, target, overwrite: true);
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
    }

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string key)
    {
        if (key.Length == 0 || key.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new ArgumentException("Storage keys are ids.", nameof(key));
        }
        return Path.Combine(settings.StoragePath, key);
    }
}
