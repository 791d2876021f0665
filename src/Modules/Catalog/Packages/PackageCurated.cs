using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>Staff put a package together from offerings (the package's stream starts here).</summary>
internal sealed record PackageCurated(Guid PackageId, LocalizedText Name, IReadOnlyList<Guid> OfferingIds, DateTimeOffset CreatedAt);

/// <summary>Staff changed a package's name or offerings; bookings made before keep their items.</summary>
internal sealed record PackageRevised(Guid PackageId, LocalizedText Name, IReadOnlyList<Guid> OfferingIds, DateTimeOffset RevisedAt);

/// <summary>Staff retired a package: it is no longer offered or bookable; its bookings stay.</summary>
internal sealed record PackageRetired(Guid PackageId, DateTimeOffset RetiredAt);

/// <summary>The package document, kept from its events as they are appended.</summary>
internal sealed partial class CuratedPackageProjection : SingleStreamProjection<CuratedPackage, Guid>
{
    public static CuratedPackage Create(PackageCurated e) => new(e.PackageId, e.Name, e.OfferingIds, e.CreatedAt);

    public static CuratedPackage Apply(PackageRevised e, CuratedPackage package) => package with { Name = e.Name, OfferingIds = e.OfferingIds };

    public static CuratedPackage Apply(PackageRetired e, CuratedPackage package) => package with { RetiredAt = e.RetiredAt };
}
