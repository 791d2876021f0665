using JasperFx;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Steps 1 and 2 of docs/tenancy.md: every center still opens Marten's default tenant (<c>*DEFAULT*</c>), so nothing is
/// separated yet and behaviour is unchanged. Step 3 (conjoined tenancy) replaces this with the center's own tenant id.
/// </summary>
internal sealed class DefaultTenantForEveryCenter : ICenterTenant
{
    public string TenantIdOf(string? center) => StorageConstants.DefaultTenantId;
}
