namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Where the bytes of media files live. The embedded default is the local file system
/// (<see cref="LocalMediaStorage"/>); an S3-compatible store would implement the same seam.
/// </summary>
internal interface IMediaStorage
{
    /// <summary>Stores the content under the key; the stream is read to its end.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>A seekable stream of the content, or null when there is none (seeking makes range requests work).</summary>
    Stream? OpenRead(string key);

    /// <summary>Removes the content if present.</summary>
    void Delete(string key);
}
