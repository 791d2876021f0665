using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;

/// <summary>What the announcement template sees (Scriban names: <c>title</c>, <c>starts_at</c>, <c>link</c>).</summary>
internal sealed record SessionAnnouncementModel(string Title, string StartsAt, string Link);

/// <summary>The mail to a watcher when a new session of the offering was scheduled (German and English defaults).</summary>
internal static class SessionAnnouncementMail
{
    public const string Key = "integrations.session-announcement";
    public const string Category = "integrations.session-announcement";

    private const string De = """
        Guten Tag,

        für „{{ title }}“ gibt es einen neuen Termin: {{ starts_at }}.
        Jetzt buchen: {{ link }}

        Sie hatten um diese Nachricht gebeten; weitere Termine melden wir Ihnen nur, wenn Sie erneut darum bitten.
        """;

    private const string En = """
        Hello,

        "{{ title }}" has a new date: {{ starts_at }}.
        Book now: {{ link }}

        You asked for this message; we tell you of further dates only if you ask again.
        """;

    public static void Register(IServiceCollection services)
    {
        const string Description = "Announcement: a new date of an offering a member waited for";
        var sample = new SessionAnnouncementModel("KI-Sprechstunde", "15.01.2027 10:00", "https://example.org/katalog/0");
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", De, Description, sample));
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", En, Description, sample));
    }

    public static async Task<OutgoingMail> BuildAsync(
        SessionWatch watch, SessionOpened opened, NewsletterOptions options, ITemplateRenderer templates, ITexts texts, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(watch.Language);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var starts = TimeZoneInfo.ConvertTime(opened.StartsAt, berlin).ToString("g", culture);
        var title = watch.Language == "en" ? opened.OfferingTitle.En : opened.OfferingTitle.De;
        var link = $"{options.BaseUrl}/katalog/{opened.OfferingId}";
        var text = await templates.RenderAsync(Key, watch.Language, new SessionAnnouncementModel(title, starts, link), ct);
        var subject = texts.In(culture).Get("integrations.newsletter.mail.announcement-subject", TextArgs.Of(("title", title)));
        return new OutgoingMail(watch.Email, subject, MailBody.Html(text), text, [], Category)
        {
            OrganisationId = watch.OrganisationId,
            AccountId = watch.AccountId,
            Id = Ids.Derived($"newsletter-announcement:{opened.SessionId:N}", watch.Id),
        };
    }
}
