using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Mail;
using Kompetenzzentrum.Host.Ui.Pages.Outbox;
using Marten;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// The outbox for staff: the newest mails with their delivery state, and one mail as it was sent. The content of a
/// mail that carries a secret is shown to platform administrators only (<see cref="OutboxSeal"/>).
/// </summary>
internal static class OutboxPages
{
    public static void MapOutboxPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(HostPages.Outbox, async (string? an, string? kategorie, IQuerySession session, ITexts texts, CancellationToken ct) =>
                UiPages.Render<OutboxPage>(new
                {
                    Mails = (await OutboxEndpoints.ListAsync(an, kategorie, 100, session, ct))
                        .Select(m => Describe(m, MailContent.Hidden, texts)).ToList(),
                    To = an,
                    Category = kategorie,
                }))
            .RequireAuthorization(Policies.Staff);
        pages.MapGet(HostPages.Outbox + "/{id:guid}",
                async (Guid id, HttpContext http, IQuerySession session, OutboxSeal seal, ITexts texts, CancellationToken ct) =>
                await session.LoadAsync<OutboxMail>(id, ct) is { } mail
                    ? UiPages.Render<OutboxMailPage>(new { Mail = Describe(mail, seal.For(http.User, mail), texts) })
                    : Results.NotFound())
            .RequireAuthorization(Policies.Staff);
        // The HTML part as its own document, sandboxed by the browser: no script, no form, no external load.
        pages.MapGet(HostPages.Outbox + "/{id:guid}/html", async (
                Guid id, HttpContext http, IQuerySession session, OutboxSeal seal, CancellationToken ct) =>
            {
                if (await session.LoadAsync<OutboxMail>(id, ct) is not { } mail)
                {
                    return Results.NotFound();
                }
                if (!Readable(http, mail))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }
                http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                return Results.Content(seal.For(http.User, mail).HtmlBody, "text/html; charset=utf-8");
            })
            .RequireAuthorization(Policies.Staff);
    }

    private static bool Readable(HttpContext http, OutboxMail mail) => !mail.CarriesSecret || http.User.IsInRole(Roles.PlatformAdmin);

    // The list shows no content at all; the mail page shows what the reader may see.
    private static OutboxPage.Mail Describe(OutboxMail mail, MailContent content, ITexts texts)
    {
        var (text, css) = Delivery(mail, texts);
        var hidden = mail.CarriesSecret && ReferenceEquals(content, MailContent.Hidden);
        return new(mail.Id, mail.To, mail.Subject, mail.Category, mail.QueuedAt, text, css, content.HtmlBody, content.TextBody,
            mail.SentAt is null && !mail.GaveUp ? mail.NextAttemptAt : null, mail.LastError, [.. content.Attachments.Select(a => a.FileName)])
        {
            CarriesSecret = mail.CarriesSecret,
            ContentHidden = hidden,
        };
    }

    /// <summary>Where a mail stands, in words (never by colour alone).</summary>
    private static (string Text, string Css) Delivery(OutboxMail mail, ITexts texts) => mail switch
    {
        { SentAt: { } sent } => (texts.Get("host.outbox.delivered") + " " + UiText.When(sent), "ok"),
        { GaveUp: true } => (texts.Get("host.outbox.gave-up", TextArgs.Of(("count", mail.Attempts))), "warn"),
        { Attempts: > 0 } => (texts.Get("host.outbox.failed", TextArgs.Of(("count", mail.Attempts))), "warn"),
        _ => (texts.Get("host.outbox.in-outbox"), ""),
    };
}
