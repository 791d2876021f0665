using System.Globalization;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>What the confirmation template sees (Scriban names: <c>link</c>, <c>text_version</c>).</summary>
internal sealed record ConfirmationMailModel(string Link, string TextVersion);

/// <summary>The double opt-in mail: the link that confirms the subscription (a secret: it acts without sign-in).</summary>
internal static class ConfirmationMail
{
    public const string Key = "integrations.newsletter-confirm";
    public const string Category = "integrations.newsletter-confirm";
    public const string PagePath = "/newsletter/bestaetigen";

    private const string De = """
        Guten Tag,

        Sie möchten den Newsletter des Kompetenzzentrums erhalten. Bitte bestätigen Sie Ihre Anmeldung über diesen Link:
        {{ link }}

        Mit der Bestätigung willigen Sie ein, dass wir Ihnen Ankündigungen und den Newsletter per E-Mail senden
        (Einwilligungstext Version {{ text_version }}). Jede Mail enthält einen Link zur Abmeldung.
        Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Mail; Sie erhalten dann nichts weiter.
        """;

    private const string En = """
        Hello,

        you asked for the competence center's newsletter. Please confirm your subscription with this link:
        {{ link }}

        By confirming you agree that we send you announcements and the newsletter by e-mail
        (consent text version {{ text_version }}). Every mail carries a link to unsubscribe.
        If you did not subscribe, ignore this mail; you will receive nothing more.
        """;

    public static void Register(IServiceCollection services)
    {
        const string Description = "Newsletter: confirmation link of the double opt-in";
        var sample = new ConfirmationMailModel("https://example.org/newsletter/bestaetigen/token", "2026-12");
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", De, Description, sample) { CarriesSecret = true });
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", En, Description, sample) { CarriesSecret = true });
    }

    public static async Task SendAsync(
        string email, string language, string token, NewsletterOptions options, ITemplateRenderer templates, ITexts texts, IMailSender mail,
        CancellationToken ct)
    {
        var link = $"{options.BaseUrl}{PagePath}/{token}";
        var text = await templates.RenderAsync(Key, language, new ConfirmationMailModel(link, options.ConsentTextVersion), ct);
        var subject = texts.In(CultureInfo.GetCultureInfo(language)).Get("integrations.newsletter.mail.confirm-subject");
        await mail.SendAsync(new OutgoingMail(email, subject, MailBody.Html(text), text, [], Category) { Secrets = [token] }, ct);
    }
}
