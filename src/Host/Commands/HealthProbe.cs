namespace Kompetenzzentrum.Host.Commands;

/// <summary>
/// <c>Kompetenzzentrum.Host health [url]</c>: asks a running host for <c>/health/ready</c> and exits 0 when it answers
/// 200, else 1. The container image has neither curl nor wget, so its HEALTHCHECK uses this; it runs before
/// anything of the host is built (no modules, no database), so a probe costs a process start and one request.
/// The default address is the container's port (<c>ASPNETCORE_HTTP_PORTS</c>, else 8080) on the loopback.
/// </summary>
internal static class HealthProbe
{
    public const string Name = "health";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split([',', ';'])[0].Trim();
        var url = args.Length > 1 ? args[1] : $"http://127.0.0.1:{port}/health/ready";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            Console.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }
}
