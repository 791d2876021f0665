using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using StandardWebhooks;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// POSTs a delivery signed by the Standard Webhooks library (<c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c>).
/// Redirects are not followed: a receiver answers itself.
/// </summary>
internal sealed class WebhookSender(DeliveryOptions options, TimeProvider clock) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = options.Timeout,
    };

    public async Task<DeliveryAttempt> SendAsync(WebhookDelivery delivery, WebhookSubscription subscription, CancellationToken ct)
    {
        var number = delivery.Attempts.Count + 1;
        var at = clock.GetUtcNow();
        var id = delivery.Id.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(subscription.Secret).Sign(id, at, delivery.Payload));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Kompetenzzentrum-Webhooks", "1.0"));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return new(number, at, status, watch.ElapsedMilliseconds, status is >= 200 and < 300 ? null : response.ReasonPhrase);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var error = ex is TaskCanceledException ? "timeout" : ex.Message;
            return new(number, at, null, watch.ElapsedMilliseconds, error.Length > 300 ? error[..300] : error);
        }
    }

    public void Dispose() => _http.Dispose();
}
