namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Where the bytes of media files live: the local file system (<c>LocalMediaStorage</c>, the embedded
/// default) or an S3-compatible object store (<see cref="S3MediaStorage"/>), chosen by configuration.
/// </summary>
internal interface IMediaStorage
{
    /// <summary>Stores the content under the key; the stream is read to its end.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>A seekable stream of the content with its length, or null when there is none (seeking makes range requests work).</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the content if present.</summary>
    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>Storage keys are generated ids (hex digits, hyphens), never names from a request.</summary>
internal static class StorageKeys
{
    public static string Checked(string key) =>
        key.Length == 0 || key.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')
            ? throw new ArgumentException("Storage keys are ids.", nameof(key))
            : key;
}
