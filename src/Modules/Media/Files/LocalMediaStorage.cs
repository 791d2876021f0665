namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>Files under one folder; keys are generated ids, never names from a request, so no path can escape it.</summary>
internal sealed class LocalMediaStorage(MediaSettings settings) : IMediaStorage
{
    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(settings.StoragePath);
        var target = PathOf(key);
        var partial = target + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }
            // A reader never sees a half-written file.
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(settings.StoragePath, StorageKeys.Checked(key));
}
