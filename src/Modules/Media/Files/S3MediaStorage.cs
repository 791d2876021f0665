using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Media files in an S3-compatible bucket through the AWS SDK (<see cref="S3Clients"/>). Uploads are spooled to a
/// temporary file first: a plain PUT needs the length before the first byte, and the upload cap has already cut off
/// an oversized body by then. Reads are seekable streams of ranged GETs (<see cref="S3ObjectStream"/>). Whatever the
/// store or the network does wrong surfaces as <see cref="MediaStorageException"/> (503), never as a 500.
/// </summary>
internal sealed class S3MediaStorage(MediaSettings settings) : IMediaStorage, IDisposable
{
    private readonly S3Settings _s3 = settings.S3 ?? throw new InvalidOperationException("S3 storage needs Modules:media:S3 settings.");
    private readonly AmazonS3Client _client = S3Clients.For(settings.S3!);

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var spool = Path.Combine(Path.GetTempPath(), "kz-media-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            await content.CopyToAsync(file, ct);
            file.Position = 0;
            await CallAsync("store", key, () => _client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _s3.Bucket,
                Key = ObjectKey(key),
                InputStream = file,
                AutoCloseStream = false,
                ContentType = "application/octet-stream",
                // A plain signed PUT of a seekable file: S3-compatible stores that do not decode aws-chunked bodies take it too.
                UseChunkEncoding = false,
            }, ct));
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        try
        {
            var metadata = await CallAsync("find", key, () => _client.GetObjectMetadataAsync(_s3.Bucket, ObjectKey(key), ct));
            return new S3ObjectStream(this, key, metadata.ContentLength);
        }
        catch (MediaStorageException ex) when (IsNotFound(ex))
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        try
        {
            await CallAsync("delete", key, () => _client.DeleteObjectAsync(_s3.Bucket, ObjectKey(key), ct));
        }
        catch (MediaStorageException ex) when (IsNotFound(ex))
        {
            // Already gone: what deleting wanted.
        }
    }

    /// <summary>The bytes from <paramref name="from"/> to <paramref name="to"/> (inclusive), as an open response.</summary>
    public Task<GetObjectResponse> GetRangeAsync(string key, long from, long to, CancellationToken ct) =>
        CallAsync("read", key, () => _client.GetObjectAsync(new GetObjectRequest
        {
            BucketName = _s3.Bucket,
            Key = ObjectKey(key),
            ByteRange = new ByteRange(from, to),
        }, ct));

    private static bool IsNotFound(MediaStorageException ex) =>
        ex.InnerException is AmazonServiceException { StatusCode: HttpStatusCode.NotFound };

    private string ObjectKey(string key) => _s3.Prefix + StorageKeys.Checked(key);

    private static async Task<T> CallAsync<T>(string action, string key, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonServiceException ex)
        {
            throw new MediaStorageException($"S3 could not {action} '{key}': {(int)ex.StatusCode} {ex.ErrorCode} {ex.Message}", ex);
        }
        // The client's own failures (unreachable, timed out, a broken connection) are the store being unavailable too.
        catch (Exception ex) when (ex is AmazonClientException or HttpRequestException or IOException
            or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            throw new MediaStorageException($"S3 could not {action} '{key}': {ex.Message}", ex);
        }
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>The file store failed (unreachable, refused the credentials, ...); answered as 503, never as 500.</summary>
internal sealed class MediaStorageException(string message, Exception? inner = null) : Exception(message, inner);
