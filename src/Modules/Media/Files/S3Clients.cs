using Amazon.Runtime;
using Amazon.S3;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>The SDK client for the configured store: its URL, path-style addressing, the configured region and keys.</summary>
internal static class S3Clients
{
    public static AmazonS3Client For(S3Settings settings) => new(
        new BasicAWSCredentials(settings.AccessKey, settings.SecretKey),
        new AmazonS3Config
        {
            ServiceURL = settings.ServiceUrl.ToString(),
            AuthenticationRegion = settings.Region,
            // Buckets as the first path segment: MinIO, Ceph, Garage and s3rver have no bucket host names.
            ForcePathStyle = true,
            // The SDK's default CRC checksums (trailers, aws-chunked bodies) are AWS's; many S3-compatible stores refuse them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromMinutes(10),
        });
}
