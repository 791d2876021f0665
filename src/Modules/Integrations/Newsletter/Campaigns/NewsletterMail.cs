using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>What a campaign body sees (Scriban names: <c>email</c>, <c>organisation</c>, <c>unsubscribe_url</c>).</summary>
internal sealed record NewsletterMailModel(string Email, string Organisation, string UnsubscribeUrl);

/// <summary>
/// A campaign's mail to one subscriber: the body rendered in the template sandbox, an unsubscribe footer always added, and
/// the headers of RFC 2369 and RFC 8058: <c>List-Unsubscribe</c> (the one-click https address and a mailto) and
/// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>.
/// </summary>
internal static class NewsletterMail
{
    public const string Category = "integrations.newsletter";
    public const string UnsubscribePage = "/newsletter/abmelden";

    /// <summary>Where mail clients POST the one-click unsubscribe: an API address, so it needs no antiforgery token.</summary>
    public const string OneClickPath = "/api/newsletter/abmelden";

    public static readonly NewsletterMailModel Sample = new("person@example.org", "Muster GmbH", "https://example.org/newsletter/abmelden/token");

    public static NewsletterMailModel ModelFor(NewsletterSubscriber subscriber, string token, NewsletterOptions options) =>
        new(subscriber.Email, subscriber.Organisation ?? "", $"{options.BaseUrl}{UnsubscribePage}/{token}");

    /// <exception cref="TemplateRenderException">The body failed with this recipient's data.</exception>
    public static OutgoingMail Build(
        Campaign campaign, NewsletterSubscriber subscriber, string token, Guid mailId, NewsletterOptions options, ITemplateRenderer templates,
        ITexts texts)
    {
        var model = ModelFor(subscriber, token, options);
        var text = templates.RenderSource(campaign.Body, model).TrimEnd() + "\n\n-- \n" + texts.In(CultureInfo.GetCultureInfo(campaign.Language))
            .Get("integrations.newsletter.mail.footer", TextArgs.Of(("url", model.UnsubscribeUrl)));
        var headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{options.BaseUrl}{OneClickPath}/{token}>, <mailto:{options.UnsubscribeMailto}?subject=unsubscribe>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new OutgoingMail(subscriber.Email, campaign.Subject, MailBody.Html(text), text, [], Category)
        {
            Secrets = [token],
            Headers = headers,
            Id = mailId,
        };
    }
}
