namespace Kompetenzzentrum.Host.Logging;

/// <summary>
/// In Production the console gets one JSON object per line, which log collectors read without parsing text;
/// scopes carry the request and trace ids. Other environments keep the console's readable lines.
/// </summary>
internal static class ProductionLogging
{
    public static void AddProductionLogging(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
    }
}
