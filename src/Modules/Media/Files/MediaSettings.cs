using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Where files are kept and how large an upload may be (section <c>Modules:media</c>):
/// <c>Storage</c> is <c>local</c> (default: folder <c>StoragePath</c>, default <c>.data/media</c> under the
/// content root) or <c>s3</c> (section <c>S3</c>, see <see cref="S3Settings"/>); <c>MaxUploadMegabytes</c> defaults to 500.
/// </summary>
internal sealed record MediaSettings(string StoragePath, long MaxUploadBytes, S3Settings? S3)
{
    public static MediaSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["StoragePath"];
        var root = string.IsNullOrWhiteSpace(path)
            ? Path.Combine(environment.ContentRootPath, ".data", "media")
            : Path.GetFullPath(path, environment.ContentRootPath);
        var megabytes = configuration.GetValue<double?>("MaxUploadMegabytes") ?? 500;
        var storage = (configuration["Storage"] ?? "local").Trim().ToLowerInvariant();
        var s3 = storage switch
        {
            "local" or "" => null,
            "s3" => S3Settings.From(configuration.GetSection("S3")),
            _ => throw new InvalidOperationException($"Modules:media:Storage must be 'local' or 's3', not '{storage}'."),
        };
        return new(root, (long)(megabytes * 1024 * 1024), s3);
    }
}

/// <summary>
/// An S3-compatible store (AWS S3, MinIO, Ceph, Garage, ...), addressed path-style:
/// <c>ServiceUrl</c> (e.g. <c>https://s3.eu-central-1.amazonaws.com</c>), <c>Bucket</c> (must exist),
/// <c>Region</c> (default <c>us-east-1</c>), <c>AccessKey</c>, <c>SecretKey</c>, optional key <c>Prefix</c>.
/// </summary>
internal sealed record S3Settings(Uri ServiceUrl, string Bucket, string Region, string AccessKey, string SecretKey, string Prefix)
{
    public static S3Settings From(IConfiguration section)
    {
        string Required(string name) => string.IsNullOrWhiteSpace(section[name])
            ? throw new InvalidOperationException($"Modules:media:S3:{name} is required when Modules:media:Storage is 's3'.")
            : section[name]!.Trim();
        var url = Required("ServiceUrl");
        if (!Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Modules:media:S3:ServiceUrl '{url}' is not an http(s) URL.");
        }
        var prefix = (section["Prefix"] ?? "").Trim('/');
        return new(serviceUrl, Required("Bucket"), section["Region"] is { Length: > 0 } region ? region : "us-east-1",
            Required("AccessKey"), Required("SecretKey"), prefix.Length == 0 ? "" : prefix + "/");
    }
}
