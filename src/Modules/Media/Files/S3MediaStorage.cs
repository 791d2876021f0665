using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Media files in an S3-compatible bucket, signed with SigV4 (<see cref="S3Signer"/>). Uploads are spooled to a
/// temporary file first: S3 needs the length and a payload hash before the first byte, and the upload cap has
/// already cut off an oversized body by then. Reads are seekable streams of ranged GETs (<see cref="S3ObjectStream"/>).
/// </summary>
internal sealed class S3MediaStorage(MediaSettings settings) : IMediaStorage, IDisposable
{
    private readonly S3Settings _s3 = settings.S3 ?? throw new InvalidOperationException("S3 storage needs Modules:media:S3 settings.");
    private readonly HttpClient _http = new(
        new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    { Timeout = TimeSpan.FromMinutes(10) };

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var spool = Path.Combine(Path.GetTempPath(), "kz-media-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            file.Position = 0;
            using var request = new HttpRequestMessage(HttpMethod.Put, S3Signer.ObjectUri(_s3, StorageKeys.Checked(key)))
            {
                Content = new StreamContent(file, 81920),
            };
            request.Content.Headers.ContentLength = file.Length;
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await SendAsync(request, S3Signer.Hex(hash.GetHashAndReset()), HttpCompletionOption.ResponseContentRead, ct);
            await EnsureAsync(response, "store", key, ct);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, S3Signer.ObjectUri(_s3, StorageKeys.Checked(key)));
        using var response = await SendAsync(request, S3Signer.EmptyPayloadHash, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await EnsureAsync(response, "find", key, ct);
        return new S3ObjectStream(this, key, response.Content.Headers.ContentLength ?? 0);
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, S3Signer.ObjectUri(_s3, StorageKeys.Checked(key)));
        using var response = await SendAsync(request, S3Signer.EmptyPayloadHash, HttpCompletionOption.ResponseContentRead, ct);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureAsync(response, "delete", key, ct);
        }
    }

    /// <summary>The bytes from <paramref name="from"/> to <paramref name="to"/> (inclusive), as an open response.</summary>
    public async Task<HttpResponseMessage> GetRangeAsync(string key, long from, long to, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, S3Signer.ObjectUri(_s3, key));
        request.Headers.Range = new RangeHeaderValue(from, to);
        var response = await SendAsync(request, S3Signer.EmptyPayloadHash, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode is not (HttpStatusCode.PartialContent or HttpStatusCode.OK))
        {
            using (response)
            {
                await EnsureAsync(response, "read", key, ct);
            }
        }
        return response;
    }

    // Signing uses the wall clock on purpose: the store compares x-amz-date with its own time, not with ours.
    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string payloadHash, HttpCompletionOption completion, CancellationToken ct)
    {
        S3Signer.Sign(request, _s3, payloadHash, TimeProvider.System.GetUtcNow());
        return _http.SendAsync(request, completion, ct);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string action, string key, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new MediaStorageException($"S3 could not {action} '{key}': {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>The file store failed (unreachable, refused the credentials, ...); answered as 503, never as 500.</summary>
internal sealed class MediaStorageException(string message) : Exception(message);
