using System.Net.Sockets;
using Npgsql;

namespace Kompetenzzentrum.Host.Web;

/// <summary>Recognises failures that mean "PostgreSQL is unreachable or restarting", whatever wraps them.</summary>
internal static class DatabaseOutage
{
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres
                    when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsOutage))
            {
                return true;
            }
        }
        return false;
    }
}
