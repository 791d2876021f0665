namespace Kompetenzzentrum.Host.Tests.Logging;

/// <summary>What a Production host writes to its console: JSON lines, and SQL text only when Debug is asked for.</summary>
public sealed class ProductionLoggingTests
{
    [Fact]
    public async Task Given_production_Then_every_console_line_is_a_json_log_entry_and_no_sql_is_logged_at_information()
    {
        await using var host = await ProductionHost.StartAsync(new Dictionary<string, string>());

        await host.RunSqlAsync();

        var entries = host.Entries();
        Assert.Contains(entries, e => e.LogLevel == "Information" && e.Message.StartsWith("Kompetenzzentrum is ready", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.HasSql);
    }

    [Fact]
    public async Task Given_production_with_sql_categories_at_debug_Then_the_sql_is_logged_at_debug_and_only_there()
    {
        await using var host = await ProductionHost.StartAsync(new Dictionary<string, string>
        {
            ["Marten"] = "Debug",
            ["Microsoft.EntityFrameworkCore.Database.Command"] = "Debug",
        });

        await host.RunSqlAsync();

        var entries = host.Entries();
        Assert.Contains(entries, e => e.LogLevel == "Debug" && e.Category == "Microsoft.EntityFrameworkCore.Database.Command"
            && e.HasSql && e.Message.Contains("research_interactions", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.LogLevel == "Debug" && e.Category.StartsWith("Marten", StringComparison.Ordinal) && e.HasSql);
        Assert.DoesNotContain(entries, e => e.HasSql && !e.IsBelowInformation);
    }
}
