using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>What the session message template sees: staff's text (<c>message</c>) and the session (<c>title</c>, <c>starts</c> ...).</summary>
internal sealed record SessionMessageModel(string Title, string Starts, string Ends, string? Place, string Message, IReadOnlyList<string> Attendees);

/// <summary>
/// Staff write to every confirmed attendee of a session (confirmed, attended or completed bookings with a contact
/// address): staff's subject, and their text put into the template <c>catalog.session-message</c> in the offering's
/// language, sent through the outbox like every booking mail, one mail per address.
/// </summary>
internal static class SessionMessages
{
    public const string Template = "catalog.session-message";
    public const int MaxSubject = 200;
    public const int MaxBody = 10_000;

    /// <param name="Subject">The mail's subject, one line.</param>
    /// <param name="Body">Staff's text, put into the template as <c>message</c>.</param>
    public sealed record Request(string? Subject, string? Body);

    /// <summary>How many mails went out, to how many bookings.</summary>
    public sealed record Sent(int Mails, int Bookings);

    private static readonly SessionMessageModel Sample = new("Erlebnistour", "01.12.2026 09:00", "01.12.2026 12:00", "Cottbus",
        "Bitte bringen Sie Sicherheitsschuhe mit.", ["Erika Mustermann"]);

    public static void Register(IServiceCollection services)
    {
        const string Description = "Message from staff to all attendees of a session";
        services.AddDefaultTemplate(new TemplateDefinition(Template, "de", "{{ message }}\n\nIhr Termin:" + BookingMailTemplates.Details,
            Description, Sample));
        services.AddDefaultTemplate(new TemplateDefinition(Template, "en", "{{ message }}\n\nYour session:" + BookingMailTemplates.Details,
            Description, Sample));
    }

    public static void MapSessionMessages(this IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{id:guid}/messages",
                async (Guid id, Request body, HttpContext http, IQuerySession session, IMailSender mail, ITemplateRenderer templates,
                        CancellationToken ct) =>
                    (await SendAsync(id, body, http.User, session, mail, templates, ct)).ToHttpResult(sent => Results.Ok(sent)))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("MailSessionAttendees")
            .Produces<Sent>();

    /// <summary>Mails the session's confirmed attendees; the page and the API both call this.</summary>
    internal static async Task<Result<Sent>> SendAsync(Guid id, Request body, ClaimsPrincipal user, IQuerySession session, IMailSender mail,
        ITemplateRenderer templates, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(string.IsNullOrWhiteSpace(body.Subject), "subject", "catalog.message.subject-required");
        errors.When(body.Subject is { Length: > MaxSubject } || (body.Subject?.Contains('\n', StringComparison.Ordinal) ?? false), "subject",
            "catalog.message.subject-too-long", TextArgs.Of(("max", MaxSubject)));
        errors.When(string.IsNullOrWhiteSpace(body.Body), "body", "catalog.message.body-required");
        errors.When(body.Body is { Length: > MaxBody }, "body", "catalog.message.body-too-long", TextArgs.Of(("max", MaxBody)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (await SessionStates.LoadAsync(session, id, ct) is not { } state
            || !await OfferingOwnership.MayManageAsync(session, user, state.OfferingId, ct)
            || await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        var confirmed = state.Bookings.Where(b => b.Status is SeatStatus.Confirmed or SeatStatus.Attended or SeatStatus.Completed).ToList();
        var contacts = (await session.LoadManyAsync<BookingAttendees>(ct, confirmed.Select(b => b.BookingId)))
            .Where(a => !string.IsNullOrWhiteSpace(a.ContactEmail)).ToList();
        if (contacts.Count == 0)
        {
            return Refusal.Conflict("catalog.message.nobody");
        }
        var language = offering.Language == "en" ? "en" : "de";
        var title = language == "en" ? offering.Title.En : offering.Title.De;
        var mails = 0;
        // One mail per address, even when a contact looks after several bookings of the session.
        foreach (var to in contacts.GroupBy(a => a.ContactEmail!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var model = new SessionMessageModel(title, BookingNotifier.Local(state.StartsAt), BookingNotifier.Local(state.EndsAt),
                offering.Place ?? offering.Link, body.Body!.Trim(), [.. to.SelectMany(a => a.Names)]);
            var text = await templates.RenderAsync(Template, language, model, ct);
            await mail.SendAsync(new OutgoingMail(to.Key, body.Subject!.Trim(), MailBody.Html(text), text, [], Template)
            {
                OrganisationId = to.First().OrganisationId,
            }, ct);
            mails++;
        }
        return new Sent(mails, contacts.Count);
    }
}
