using System.Globalization;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>What the mail template sees (Scriban names: <c>url</c>, <c>failures</c>, <c>log_path</c>).</summary>
internal sealed record DisabledMailModel(string Url, int Failures, string LogPath);

/// <summary>The mail to staff when a receiver was disabled after repeated failures (German default; staff may override it).</summary>
internal static class DisabledMail
{
    public const string Key = "integrations.webhook-disabled";
    public const string Category = "integrations.webhook-disabled";

    private static readonly DisabledMailModel Sample = new("https://example.org/hooks", 10, "/backoffice/webhooks/0");

    private const string De = """
        Guten Tag,

        der Webhook-Empfänger {{ url }} hat {{ failures }} Zustellungen nacheinander nicht angenommen und wurde deaktiviert.
        Ausstehende Zustellungen werden nicht mehr gesendet. Das Protokoll der Versuche: {{ log_path }}
        Nach der Fehlerbehebung kann der Empfänger dort wieder aktiviert werden.
        """;

    private const string En = """
        Hello,

        the webhook receiver {{ url }} refused {{ failures }} deliveries in a row and was disabled.
        Pending deliveries are no longer sent. The attempt log: {{ log_path }}
        Once the problem is fixed, the receiver can be enabled there again.
        """;

    public static void Register(IServiceCollection services)
    {
        const string Description = "Staff notice: a webhook receiver was disabled after repeated failures";
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", De, Description, Sample));
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", En, Description, Sample));
    }

    public static async Task SendAsync(
        WebhookSubscription subscription, DeliveryOptions options, ITemplateRenderer templates, ITexts texts, IMailSender mail,
        CancellationToken ct)
    {
        var model = new DisabledMailModel(subscription.Url, subscription.ConsecutiveFailures, $"/backoffice/webhooks/{subscription.Id}");
        var text = await templates.RenderAsync(Key, "de", model, ct);
        var html = MailBody.Html(text);
        var subject = texts.In(CultureInfo.GetCultureInfo("de")).Get("integrations.mail.webhook-disabled.subject");
        await mail.SendAsync(new OutgoingMail(options.AlertMail, subject, html, text, [], Category), ct);
    }
}
