using Marten;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Opens lightweight sessions stamped with the current <see cref="OperationContext"/>, for the tenant of its center
/// (<see cref="ICenterTenant"/>; no operation, e.g. a hosted service: the tenant of no center, today the default).
/// </summary>
internal sealed class StampingSessionFactory(IDocumentStore store, ICenterTenant tenants) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(TenantId);

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession(TenantId);
        if (OperationContext.Current is { } operation)
        {
            session.CorrelationId = operation.CorrelationId;
            session.CausationId = operation.CausationId;
            session.LastModifiedBy = operation.UserName;
        }
        return session;
    }

    private string TenantId => tenants.TenantIdOf(OperationContext.Current?.Center);
}
