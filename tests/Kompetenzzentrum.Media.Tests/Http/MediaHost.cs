using System.Globalization;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>
/// One host for the media HTTP tests, with a controllable clock, its own temporary storage folder and a
/// small upload limit (64 KiB) so that the 413 is cheap to provoke.
/// </summary>
public sealed class MediaHostFixture : ClockedHostFixture
{
    public const long MaxUploadBytes = 64 * 1024;

    private readonly string _storage = Path.Combine(Path.GetTempPath(), "kz-media-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:media:StoragePath"] = _storage,
        ["Modules:media:MaxUploadMegabytes"] = (MaxUploadBytes / (1024.0 * 1024)).ToString(CultureInfo.InvariantCulture),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_storage))
        {
            Directory.Delete(_storage, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MediaHost : ICollectionFixture<MediaHostFixture>
{
    public const string Name = "media host";
}
