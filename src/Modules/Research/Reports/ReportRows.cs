using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>Reads the rows of one report query: the SQL with positional parameters ($1, $2 ...), each row mapped by <c>read</c>.</summary>
internal static class ReportRows
{
    public static async Task<List<T>> ReportRowsAsync<T>(
        this NpgsqlDataSource database, string sql, Func<NpgsqlDataReader, T> read, IEnumerable<object> parameters, CancellationToken ct)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
