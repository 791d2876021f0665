using JasperFx;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Every center still opens Marten's default tenant (<c>*DEFAULT*</c>, the default center), so nothing is separated yet and
/// behaviour is unchanged. The storage is conjoined already; what must come before a center's own tenant id is returned
/// here is listed in docs/tenancy.md (step 3, remaining).
/// </summary>
internal sealed class DefaultTenantForEveryCenter : ICenterTenant
{
    public string TenantIdOf(string? center) => StorageConstants.DefaultTenantId;
}
