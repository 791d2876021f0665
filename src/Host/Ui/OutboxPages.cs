using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Mail;
using Kompetenzzentrum.Host.Ui.Pages.Outbox;
using Marten;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>The outbox for staff: the newest mails with their delivery state, and one mail as it was sent.</summary>
internal static class OutboxPages
{
    public static void MapOutboxPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(HostPages.Outbox, async (string? an, string? kategorie, IQuerySession session, CancellationToken ct) =>
                UiPages.Render<OutboxPage>(new
                {
                    Mails = (await OutboxEndpoints.ListAsync(an, kategorie, 100, session, ct)).Select(Describe).ToList(),
                    To = an,
                    Category = kategorie,
                }))
            .RequireAuthorization(Policies.Staff);
        pages.MapGet(HostPages.Outbox + "/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<OutboxMail>(id, ct) is { } mail
                    ? UiPages.Render<OutboxMailPage>(new { Mail = Describe(mail) })
                    : Results.NotFound())
            .RequireAuthorization(Policies.Staff);
        // The HTML part as its own document, sandboxed by the browser: no script, no form, no external load.
        pages.MapGet(HostPages.Outbox + "/{id:guid}/html", async (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                if (await session.LoadAsync<OutboxMail>(id, ct) is not { } mail)
                {
                    return Results.NotFound();
                }
                http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                return Results.Content(mail.HtmlBody, "text/html; charset=utf-8");
            })
            .RequireAuthorization(Policies.Staff);
    }

    private static OutboxPage.Mail Describe(OutboxMail mail)
    {
        var (text, css) = Delivery(mail);
        return new(mail.Id, mail.To, mail.Subject, mail.Category, mail.QueuedAt, text, css, mail.HtmlBody, mail.TextBody,
            mail.SentAt is null && !mail.GaveUp ? mail.NextAttemptAt : null, mail.LastError, [.. mail.Attachments.Select(a => a.FileName)]);
    }

    /// <summary>Where a mail stands, in words (never by colour alone).</summary>
    private static (string Text, string Css) Delivery(OutboxMail mail) => mail switch
    {
        { SentAt: { } sent } => (UiText.T("Zugestellt", "Delivered") + " " + UiText.When(sent), "ok"),
        { GaveUp: true } => (UiText.T($"Aufgegeben nach {mail.Attempts} Versuchen", $"Given up after {mail.Attempts} attempts"), "warn"),
        { Attempts: > 0 } => (UiText.T($"Fehlgeschlagen ({mail.Attempts}×), neuer Versuch geplant", $"Failed ({mail.Attempts}×), retry planned"), "warn"),
        _ => (UiText.T("Im Postausgang", "In the outbox"), ""),
    };
}
