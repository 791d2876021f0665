using System.Globalization;
using System.Net;
using Kompetenzzentrum.Media.Tests.Http;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.S3;

/// <summary>The host with <c>Modules:media:Storage=s3</c> pointed at a port where nothing answers.</summary>
public sealed class UnreachableS3HostFixture : ClockedHostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:media:Storage"] = "s3",
        ["Modules:media:MaxUploadMegabytes"] = (MediaHostFixture.MaxUploadBytes / (1024.0 * 1024)).ToString(CultureInfo.InvariantCulture),
        ["Modules:media:S3:ServiceUrl"] = $"http://127.0.0.1:{S3Server.FreePort()}",
        ["Modules:media:S3:Bucket"] = S3Server.Bucket,
        ["Modules:media:S3:AccessKey"] = S3Server.AccessKey,
        ["Modules:media:S3:SecretKey"] = S3Server.SecretKey,
    };
}

public sealed class S3UnreachableTests(UnreachableS3HostFixture host) : IClassFixture<UnreachableS3HostFixture>
{
    [Fact]
    public async Task Given_a_store_that_does_not_answer_Then_an_upload_is_the_store_unavailable_problem_503()
    {
        using var api = new MediaApi(host);

        var problem = await MediaApi.Problem(await api.UploadRawAsync(MediaApi.Png(), "image/png"), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("The file store is not available.", problem.GetProperty("title").GetString());
    }
}
