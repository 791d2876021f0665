namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// The one seam from a center to the Marten tenant its sessions open (<see cref="StampingSessionFactory"/>): requests, jobs and
/// hosted services alike go through it with the center of their <see cref="OperationContext"/> (null: none recorded).
/// </summary>
internal interface ICenterTenant
{
    /// <summary>The Marten tenant id of <paramref name="center"/> (a short name, or null for none).</summary>
    string TenantIdOf(string? center);
}
