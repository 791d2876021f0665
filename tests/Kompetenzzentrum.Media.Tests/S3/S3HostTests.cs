using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Kompetenzzentrum.Media.Tests.Http;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.S3;

/// <summary>The host with <c>Modules:media:Storage=s3</c> against s3rver; the local folder must stay unused.</summary>
public sealed class S3HostFixture : ClockedHostFixture
{
    public S3Server Server { get; private set; } = null!;

    public string LocalFolder { get; } = Path.Combine(Path.GetTempPath(), "kz-media-unused-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:media:Storage"] = "s3",
        ["Modules:media:StoragePath"] = LocalFolder,
        ["Modules:media:MaxUploadMegabytes"] = (MediaHostFixture.MaxUploadBytes / (1024.0 * 1024)).ToString(CultureInfo.InvariantCulture),
        ["Modules:media:S3:ServiceUrl"] = Server.ServiceUrl!.ToString(),
        ["Modules:media:S3:Bucket"] = S3Server.Bucket,
        ["Modules:media:S3:AccessKey"] = S3Server.AccessKey,
        ["Modules:media:S3:SecretKey"] = S3Server.SecretKey,
        ["Modules:media:S3:Prefix"] = "kz",
    };

    public override async Task InitializeAsync()
    {
        Server = await S3Server.StartAsync();
        if (Server.Unavailable is null)
        {
            await base.InitializeAsync();
        }
    }

    public override async Task DisposeAsync()
    {
        if (Server.Unavailable is null)
        {
            await base.DisposeAsync();
        }
        await Server.DisposeAsync();
    }
}

public sealed class S3HostTests(S3HostFixture host) : IClassFixture<S3HostFixture>
{
    [SkippableFact]
    public async Task Given_s3_storage_Then_uploads_land_in_the_bucket_and_a_published_episode_serves_ranges_with_206()
    {
        Skip.If(host.Server.Unavailable is not null, host.Server.Unavailable);
        using var api = new MediaApi(host);
        var content = MediaApi.Mp3(5000);
        var episode = await api.EpisodeAsync(await api.SeriesAsync(), content);
        var url = $"/api/media/files/{episode.GetProperty("details").GetProperty("audioFileId").GetGuid()}";
        using var anonymous = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(4000, 4099);

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(content[4000..4100], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 4000-4099/5000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(content, await anonymous.GetByteArrayAsync(url));
        Assert.False(Directory.Exists(host.LocalFolder) && Directory.EnumerateFileSystemEntries(host.LocalFolder).Any());
    }

    [SkippableFact]
    public async Task Given_s3_storage_Then_wrong_types_are_400_and_oversized_uploads_413_and_nothing_is_left_behind()
    {
        Skip.If(host.Server.Unavailable is not null, host.Server.Unavailable);
        using var api = new MediaApi(host);

        await MediaApi.Problem(await api.UploadRawAsync(MediaApi.Png(), "audio/mpeg"), HttpStatusCode.BadRequest);
        await MediaApi.Problem(await api.UploadRawAsync(MediaApi.Mp3((int)MediaHostFixture.MaxUploadBytes + 1), "audio/mpeg"),
            HttpStatusCode.RequestEntityTooLarge);
        var id = await api.UploadAsync(MediaApi.Png(), "image/png");

        Assert.Equal(MediaApi.Png(), await api.Client.GetByteArrayAsync($"/api/media/files/{id}"));
    }
}
