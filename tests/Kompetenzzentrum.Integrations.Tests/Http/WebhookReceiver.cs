using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace Kompetenzzentrum.Integrations.Tests.Http;

/// <summary>A webhook request as the receiver got it, and whether the library's verifier accepted its signature.</summary>
public sealed record ReceivedWebhook(string Id, string Body, bool Verified, JsonElement Json);

/// <summary>
/// A real HTTP receiver on a loopback port (Kestrel): it checks every request's signature with
/// <see cref="StandardWebhook.Verify"/> and answers <see cref="Status"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The secret to verify with; set once the subscription is registered.</summary>
    public string? Secret { get; set; }

    /// <summary>What the receiver answers.</summary>
    public int Status { get; set; } = StatusCodes.Status204NoContent;

    public string Url => _app.Urls.First() + "/hooks";

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver._received.Enqueue(new(request.Headers["webhook-id"].ToString(), body, receiver.Verify(body, request.Headers),
                JsonSerializer.Deserialize<JsonElement>(body)));
            return Results.StatusCode(receiver.Status);
        });
        await app.StartAsync();
        return receiver;
    }

    private bool Verify(string body, IHeaderDictionary headers)
    {
        try
        {
            new StandardWebhook(Secret ?? throw new InvalidOperationException("no secret")).Verify(body, headers);
            return true;
        }
        catch (Exception ex) when (ex is StandardWebhooks.Diagnostics.WebhookVerificationException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
