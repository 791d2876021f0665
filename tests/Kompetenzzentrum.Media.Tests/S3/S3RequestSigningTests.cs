using System.Net;
using Kompetenzzentrum.Modules.Media.Files;

namespace Kompetenzzentrum.Media.Tests.S3;

/// <summary>
/// What the store sends, read off the wire by a local listener: path-style object URLs under bucket and prefix, and
/// requests signed with AWS Signature Version 4 by the configured key for the configured region. These took the
/// place of the tests of the hand-written signer (<c>S3SignerTests</c>), which went with it: the SDK computes the
/// signatures now, the store's part is to hand it the right key, region and URL.
/// </summary>
public sealed class S3RequestSigningTests
{
    [Fact]
    public async Task Given_a_ranged_read_Then_the_request_is_path_style_and_signed_with_the_configured_key_and_region()
    {
        var port = S3Server.FreePort();
        using var listener = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        listener.Start();
        var settings = new S3Settings(new Uri($"http://127.0.0.1:{port}"), "media", "eu-central-1", "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "kz/");
        using var storage = new S3MediaStorage(new MediaSettings("", 0, settings));
        var read = storage.GetRangeAsync("abc123", 0, 9, CancellationToken.None);

        var context = await listener.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var (path, authorization, range) = (context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"],
            context.Request.Headers["Range"]);
        var day = context.Request.Headers["x-amz-date"]![..8];
        context.Response.StatusCode = 404;
        context.Response.Close();
        await Assert.ThrowsAnyAsync<Exception>(() => read);

        Assert.Equal("/media/kz/abc123", path);
        Assert.Equal("bytes=0-9", range);
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/{day}/eu-central-1/s3/aws4_request, ",
            authorization, StringComparison.Ordinal);
        var signed = authorization!.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
        Assert.Contains("host", signed);
        Assert.Contains("range", signed);
        Assert.Contains("x-amz-date", signed);
        Assert.Matches("Signature=[0-9a-f]{64}$", authorization);
    }
}
