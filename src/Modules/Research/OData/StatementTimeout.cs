using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// Analysts' queries run with a PostgreSQL <c>statement_timeout</c> (setting <c>ODataStatementTimeoutSeconds</c>
/// of the module, default 30): one expensive query cannot hold a connection and a core for long. The server
/// cancels the statement itself, so the work stops there too, not only the wait for it. The connection is
/// shared with the rest of the host through the pool, so the setting is taken back before it goes back.
/// </summary>
internal sealed class StatementTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    public const string Setting = "ODataStatementTimeoutSeconds";

    public static StatementTimeout From(IConfiguration configuration) =>
        new(TimeSpan.FromSeconds(configuration.GetValue<double?>(Setting) is > 0 and var seconds ? seconds : 30));

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SetTimeout;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SetTimeout;
        command.ExecuteNonQuery();
    }

    public override async ValueTask<InterceptionResult> ConnectionClosingAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ResetTimeout;
                await command.ExecuteNonQueryAsync();
            }
            catch (DbException)
            {
                // A broken connection does not go back to the pool for others to use.
            }
        }
        return result;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = ResetTimeout;
                command.ExecuteNonQuery();
            }
            catch (DbException)
            {
                // As above.
            }
        }
        return result;
    }

    private const string ResetTimeout = "reset statement_timeout";

    private string SetTimeout => "set statement_timeout = " + ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
