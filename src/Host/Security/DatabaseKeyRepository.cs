using System.Xml.Linq;
using Kompetenzzentrum.Host.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// Keeps the data-protection key ring (which protects cookies and bearer tokens) in PostgreSQL, so that
/// every host behind a load balancer reads what another host issued. The interface is synchronous, hence
/// plain Npgsql rather than Marten.
/// </summary>
internal sealed class DatabaseKeyRepository(NpgsqlDataSource dataSource, DatabaseSettings settings) : IXmlRepository
{
    private string Table => $"\"{settings.Schema}\".data_protection_keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        using var command = dataSource.CreateCommand($"select xml from {Table} order by created_at");
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            keys.Add(XElement.Parse(reader.GetString(0)));
        }
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        using var command = dataSource.CreateCommand($"insert into {Table} (name, xml) values ($1, $2) on conflict (name) do nothing");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private void EnsureTable()
    {
        using var command = dataSource.CreateCommand(
            $"create schema if not exists \"{settings.Schema}\"; create table if not exists {Table} "
            + "(name text primary key, xml text not null, created_at timestamptz not null default now())");
        command.ExecuteNonQuery();
    }
}
