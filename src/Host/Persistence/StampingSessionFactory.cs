using Marten;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>Opens lightweight sessions stamped with the current <see cref="OperationContext"/>.</summary>
internal sealed class StampingSessionFactory(IDocumentStore store) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        if (OperationContext.Current is { } operation)
        {
            session.CorrelationId = operation.CorrelationId;
            session.CausationId = operation.CausationId;
            session.LastModifiedBy = operation.UserName;
        }
        return session;
    }
}
