using System.Net.Http.Headers;
using Kompetenzzentrum.Modules.Media.Files;

namespace Kompetenzzentrum.Media.Tests.Decisions;

/// <summary>
/// The signer against the example signature calculations in AWS's S3 documentation ("Signature Calculations
/// for the Authorization Header: Transferring Payload in a Single Chunk"): same keys, time and requests.
/// </summary>
public sealed class S3SignerTests
{
    private static readonly S3Settings Example = new(
        new Uri("https://examplebucket.s3.amazonaws.com"), "examplebucket", "us-east-1",
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "");

    private static readonly DateTimeOffset At = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    private static string Authorization(HttpRequestMessage request)
    {
        S3Signer.Sign(request, Example, S3Signer.EmptyPayloadHash, At);
        return request.Headers.GetValues("Authorization").Single();
    }

    [Fact]
    public void Given_the_documented_get_object_with_a_range_Then_the_signature_is_the_documented_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt");
        request.Headers.Range = new RangeHeaderValue(0, 9);

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            Authorization(request));
        Assert.Equal("20130524T000000Z", request.Headers.GetValues("x-amz-date").Single());
    }

    [Fact]
    public void Given_the_documented_get_bucket_lifecycle_Then_the_signature_is_the_documented_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/?lifecycle");

        Assert.EndsWith("Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543", Authorization(request),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Object_urls_are_path_style_under_the_bucket_and_prefix()
    {
        var settings = Example with { ServiceUrl = new Uri("http://127.0.0.1:9000"), Bucket = "media", Prefix = "kz/" };

        Assert.Equal("http://127.0.0.1:9000/media/kz/abc123", S3Signer.ObjectUri(settings, "abc123").ToString());
    }
}
