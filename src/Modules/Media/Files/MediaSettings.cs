using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Where files are kept (<c>Modules:media:StoragePath</c>, default <c>.data/media</c> under the content root)
/// and how large an upload may be (<c>Modules:media:MaxUploadMegabytes</c>, default 500).
/// </summary>
internal sealed record MediaSettings(string StoragePath, long MaxUploadBytes)
{
    public static MediaSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["StoragePath"];
        var root = string.IsNullOrWhiteSpace(path)
            ? Path.Combine(environment.ContentRootPath, ".data", "media")
            : Path.GetFullPath(path, environment.ContentRootPath);
        var megabytes = configuration.GetValue<double?>("MaxUploadMegabytes") ?? 500;
        return new(root, (long)(megabytes * 1024 * 1024));
    }
}
