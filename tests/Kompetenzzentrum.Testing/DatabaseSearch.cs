using System.Text;
using System.Text.Json;
using Npgsql;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Searches every text-like column (text, varchar, char, json, jsonb, arrays, bytea) of every table in the
/// fixture's database for a piece of personal data, the way an auditor would after an erasure. A text counts
/// as found in any of the forms it may be stored in: as typed (ignoring case), JSON-escaped, inside bytea, and
/// base64 or base64url encoded at any byte offset (Marten stores byte arrays such as mail attachments as base64,
/// the catalog packs session bookings as base64url).
/// </summary>
public static class DatabaseSearch
{
    private static readonly string[] TextTypes = ["text", "character varying", "character", "jsonb", "json", "bytea", "ARRAY"];

    /// <summary>Where the text was found, as <c>schema.table.column (rows)</c>; empty when nowhere.</summary>
    public static async Task<IReadOnlyList<string>> WhereStoredAsync(this HostFixture host, string text)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand("""
            select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema not in ('pg_catalog', 'information_schema') and c.data_type = any(@types)
            """, connection))
        {
            list.Parameters.AddWithValue("types", TextTypes);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        Assert.NotEmpty(columns);
        var folded = Forms(text).Select(f => Like(f.ToLowerInvariant())).Distinct().ToArray();
        var encoded = Base64Forms(text).Select(Like).Distinct().ToArray();
        var found = new List<string>();
        foreach (var (schema, table, column, type) in columns)
        {
            var value = type == "bytea" ? $"encode(\"{column}\", 'escape')" : $"\"{column}\"::text";
            await using var count = new NpgsqlCommand(
                $"select count(*) from \"{schema}\".\"{table}\" where lower({value}) like any(@folded) or {value} like any(@encoded)", connection);
            count.Parameters.AddWithValue("folded", folded);
            count.Parameters.AddWithValue("encoded", encoded);
            if ((long)(await count.ExecuteScalarAsync())! is > 0 and var rows)
            {
                found.Add($"{schema}.{table}.{column} ({rows})");
            }
        }
        return found;
    }

    /// <summary>How many rows, summed over all columns, hold the text in any of its forms.</summary>
    public static async Task<long> RowsContainingAsync(this HostFixture host, string text) =>
        (await host.WhereStoredAsync(text))
            .Sum(place => long.Parse(place[(place.LastIndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));

    // As typed, and as System.Text.Json writes it inside a string (non-ASCII and '+' escaped, e.g. in a stored HTTP answer).
    private static IEnumerable<string> Forms(string text) => [text, JsonSerializer.Serialize(text)[1..^1]];

    /// <summary>
    /// The part of the text's base64 (and base64url) encoding that does not depend on the bytes around it, for
    /// each of the three offsets a text can start at within the encoded bytes.
    /// </summary>
    private static IEnumerable<string> Base64Forms(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var offset = 0; offset < 3; offset++)
        {
            var encoded = Convert.ToBase64String([.. new byte[offset], .. bytes]);
            var first = offset switch { 0 => 0, 1 => 2, _ => 3 };
            var last = (offset + bytes.Length) * 8 / 6;
            if (last - first < 8)
            {
                continue;
            }
            var stable = encoded[first..last];
            yield return stable;
            yield return stable.Replace('+', '-').Replace('/', '_');
        }
    }

    private static string Like(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
