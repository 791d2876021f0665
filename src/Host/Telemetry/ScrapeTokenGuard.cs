using System.Security.Cryptography;
using System.Text;

namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>The scrape endpoint answers only a request carrying the configured token as <c>Authorization: Bearer</c>.</summary>
internal sealed class ScrapeTokenGuard(RequestDelegate next, TelemetrySettings settings)
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes("Bearer " + settings.ScrapeToken);

    public Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.Equals(TelemetrySetup.MetricsPath, StringComparison.OrdinalIgnoreCase))
        {
            return next(http);
        }
        var given = Encoding.UTF8.GetBytes(http.Request.Headers.Authorization.ToString());
        if (CryptographicOperations.FixedTimeEquals(given, _token))
        {
            return next(http);
        }
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
