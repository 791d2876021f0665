using Kompetenzzentrum.Modules.Media.Files;

namespace Kompetenzzentrum.Media.Tests.S3;

public sealed class S3ServerFixture : IAsyncLifetime
{
    public S3Server Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await S3Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    internal S3MediaStorage Storage(string prefix = "") => Storage(Server.ServiceUrl!, prefix);

    internal static S3MediaStorage Storage(Uri serviceUrl, string prefix = "") =>
        new(new MediaSettings("", 0, new S3Settings(serviceUrl, S3Server.Bucket, "us-east-1", S3Server.AccessKey, S3Server.SecretKey, prefix)));
}

/// <summary>The S3 store against a real S3-compatible server (s3rver) that checks the access key, not a mock.</summary>
public sealed class S3StorageTests(S3ServerFixture s3) : IClassFixture<S3ServerFixture>
{
    private static byte[] Content(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251))];

    private static async Task<byte[]> ReadAsync(Stream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }

    [SkippableFact]
    public async Task Given_a_file_larger_than_a_chunk_Then_it_reads_back_whole_and_from_any_position_across_chunk_borders()
    {
        Skip.If(s3.Server.Unavailable is not null, s3.Server.Unavailable);
        using var storage = s3.Storage(prefix: "media-files");
        var content = Content(S3ObjectStream.ChunkSize + 300_000);
        var key = Guid.NewGuid().ToString("N");
        await storage.SaveAsync(key, new MemoryStream(content), CancellationToken.None);

        await using var stream = (await storage.OpenReadAsync(key, CancellationToken.None))!;
        Assert.True(stream.CanSeek);
        Assert.Equal(content.Length, stream.Length);
        stream.Seek(S3ObjectStream.ChunkSize - 50, SeekOrigin.Begin);
        Assert.Equal(content[(S3ObjectStream.ChunkSize - 50)..(S3ObjectStream.ChunkSize + 50)], await ReadAsync(stream, 100));
        stream.Position = 10;
        Assert.Equal(content[10..20], await ReadAsync(stream, 10));
        stream.Position = 0;
        using var whole = new MemoryStream();
        await stream.CopyToAsync(whole);
        Assert.Equal(content, whole.ToArray());
    }

    [SkippableFact]
    public async Task Given_a_deleted_or_unknown_key_Then_there_is_nothing_to_read()
    {
        Skip.If(s3.Server.Unavailable is not null, s3.Server.Unavailable);
        using var storage = s3.Storage();
        var key = Guid.NewGuid().ToString("N");
        await storage.SaveAsync(key, new MemoryStream(Content(10)), CancellationToken.None);
        Assert.NotNull(await storage.OpenReadAsync(key, CancellationToken.None));

        await storage.DeleteAsync(key, CancellationToken.None);

        Assert.Null(await storage.OpenReadAsync(key, CancellationToken.None));
        Assert.Null(await storage.OpenReadAsync(Guid.NewGuid().ToString("N"), CancellationToken.None));
        await storage.DeleteAsync(key, CancellationToken.None);
    }

    [SkippableFact]
    public async Task Given_an_unknown_access_key_Then_the_server_refuses_it_and_the_store_says_so()
    {
        Skip.If(s3.Server.Unavailable is not null, s3.Server.Unavailable);
        using var storage = new S3MediaStorage(new MediaSettings("", 0,
            new S3Settings(s3.Server.ServiceUrl!, S3Server.Bucket, "us-east-1", "UNKNOWNKEY", S3Server.SecretKey, "")));

        var refused = await Assert.ThrowsAsync<MediaStorageException>(() =>
            storage.SaveAsync(Guid.NewGuid().ToString("N"), new MemoryStream(Content(10)), CancellationToken.None));

        Assert.Contains("InvalidAccessKeyId", refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Given_a_prefix_Then_the_object_lands_in_the_bucket_under_the_prefix_with_its_exact_bytes()
    {
        Skip.If(s3.Server.Unavailable is not null, s3.Server.Unavailable);
        using var storage = s3.Storage(prefix: "kz/");
        var content = Content(70_000);
        var key = Guid.NewGuid().ToString("N");

        await storage.SaveAsync(key, new MemoryStream(content), CancellationToken.None);

        // Path-style addressing: the bucket is the first path segment, the prefix a folder inside it.
        var stored = Path.Combine(s3.Server.DataFolder, S3Server.Bucket, "kz", key + "._S3rver_object");
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));
    }

    [Fact]
    public async Task Given_a_store_that_does_not_answer_Then_storing_reading_and_deleting_say_the_store_failed()
    {
        using var storage = S3ServerFixture.Storage(new Uri($"http://127.0.0.1:{S3Server.FreePort()}"));
        var key = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<MediaStorageException>(() => storage.SaveAsync(key, new MemoryStream(Content(10)), CancellationToken.None));
        await Assert.ThrowsAsync<MediaStorageException>(() => storage.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<MediaStorageException>(() => storage.DeleteAsync(key, CancellationToken.None));
    }
}
