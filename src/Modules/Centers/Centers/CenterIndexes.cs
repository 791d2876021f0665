using Marten;
using Marten.Schema;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>The unique indexes of <see cref="Center"/>: their names tell a lost race's field (see <see cref="CenterHandlers"/>).</summary>
internal static class CenterIndexes
{
    public const string ShortName = "uidx_center_short_name";
    public const string HostName = "uidx_center_host_name";
    public const string PathPrefix = "uidx_center_path_prefix";

    public static void Register(StoreOptions options) => options.Schema.For<Center>().SingleTenanted()
        .UniqueIndex(UniqueIndexType.Computed, ShortName, c => c.Details.ShortName)
        .UniqueIndex(UniqueIndexType.Computed, HostName, c => c.Details.HostName!)
        .UniqueIndex(UniqueIndexType.Computed, PathPrefix, c => c.Details.PathPrefix!);
}
