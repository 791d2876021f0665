using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// AWS Signature Version 4 for S3 requests (header form): signs host, range (when present), x-amz-content-sha256
/// and x-amz-date. Pure apart from the time passed in, so it is checked against AWS's published examples.
/// </summary>
internal static class S3Signer
{
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static void Sign(HttpRequestMessage request, S3Settings settings, string payloadHash, DateTimeOffset now)
    {
        var uri = request.RequestUri!;
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        request.Headers.Host = uri.Authority;
        request.Headers.Add("x-amz-date", amzDate);
        request.Headers.Add("x-amz-content-sha256", payloadHash);
        var range = request.Headers.Range?.ToString();
        var signedHeaders = range is null ? "host;x-amz-content-sha256;x-amz-date" : "host;range;x-amz-content-sha256;x-amz-date";
        var canonical = string.Join('\n',
            request.Method.Method,
            uri.AbsolutePath,
            CanonicalQuery(uri.Query),
            $"host:{uri.Authority}\n{(range is null ? "" : $"range:{range}\n")}x-amz-content-sha256:{payloadHash}\nx-amz-date:{amzDate}\n",
            signedHeaders,
            payloadHash);
        var scope = $"{date}/{settings.Region}/s3/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + settings.SecretKey), date);
        key = Hmac(key, settings.Region);
        key = Hmac(key, "s3");
        key = Hmac(key, "aws4_request");
        var signature = Hex(Hmac(key, toSign));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={settings.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The object's path (path-style: /bucket/key), each segment percent-encoded as S3 expects.</summary>
    public static Uri ObjectUri(S3Settings settings, string key)
    {
        var segments = new[] { settings.Bucket }.Concat((settings.Prefix + key).Split('/')).Select(Uri.EscapeDataString);
        return new Uri(settings.ServiceUrl, settings.ServiceUrl.AbsolutePath.TrimEnd('/') + "/" + string.Join('/', segments));
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    // Object requests carry no query; for others, name=value pairs sorted by name (a bare name gets "=").
    private static string CanonicalQuery(string query) =>
        string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Contains('=', StringComparison.Ordinal) ? p : p + "=")
            .Order(StringComparer.Ordinal));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
