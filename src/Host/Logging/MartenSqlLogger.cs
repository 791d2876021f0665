using Marten;
using Marten.Services;
using Npgsql;

namespace Kompetenzzentrum.Host.Logging;

/// <summary>
/// Marten's logging with SQL text at Debug only. Marten's own logger writes the SQL of every schema change at
/// Information and failed statements with their SQL and parameter values at Error, where production logs keep them.
/// Here the facts keep their level (the schema changed, a statement failed, with its exception), the statements go
/// to Debug, and parameter values, which hold personal data, are never written.
/// </summary>
internal sealed partial class MartenSqlLogger(ILogger<IDocumentStore> logger) : IMartenLogger, IMartenSessionLogger
{
    /// <summary>
    /// Puts this logger into the store Marten builds. Given to <c>AddMarten</c> instead, it would cost the store the
    /// logger factory that Marten passes on only with its own logger (the async daemon's and projections' logs).
    /// </summary>
    public static void ReplaceMartensLogger(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
        var create = registered.ImplementationFactory ?? throw new InvalidOperationException("Marten registers its store with a factory.");
        services.Remove(registered);
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var store = (DocumentStore)create(sp);
            store.Options.Logger(new MartenSqlLogger(sp.GetRequiredService<ILogger<IDocumentStore>>()));
            return store;
        });
    }

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql)
    {
        SchemaChanged(logger);
        SchemaChangeSql(logger, sql);
    }

    public void LogSuccess(NpgsqlCommand command) => Executed(logger, command.CommandText);

    public void LogSuccess(NpgsqlBatch batch)
    {
        // Every shared booking transaction passes here; without Debug there is nothing to write.
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }
        foreach (var command in batch.BatchCommands)
        {
            Executed(logger, command.CommandText);
        }
    }

    public void LogFailure(NpgsqlCommand command, Exception ex)
    {
        Failed(logger, ex);
        FailedSql(logger, command.CommandText);
    }

    public void LogFailure(NpgsqlBatch batch, Exception ex)
    {
        Failed(logger, ex);
        foreach (var command in batch.BatchCommands)
        {
            FailedSql(logger, command.CommandText);
        }
    }

    public void LogFailure(Exception ex, string message) => FailedWith(logger, ex, message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marten updated the database schema (its SQL is logged at Debug)")]
    private static partial void SchemaChanged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marten schema update SQL:\n{Sql}")]
    private static partial void SchemaChangeSql(ILogger logger, string sql);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marten executed SQL:\n{Sql}")]
    private static partial void Executed(ILogger logger, string sql);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Marten statement failed (its SQL is logged at Debug)")]
    private static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marten failed executing SQL:\n{Sql}")]
    private static partial void FailedSql(ILogger logger, string sql);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marten failed: {Reason}")]
    private static partial void FailedWith(ILogger logger, Exception exception, string reason);
}
