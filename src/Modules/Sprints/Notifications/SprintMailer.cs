using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.Notifications;

/// <summary>
/// Sends the sprint mails through the outbox, rendered from the templates (German, the default UI language).
/// Workshop mails carry the workshop's calendar entry (stable UID, SEQUENCE of its version).
/// </summary>
internal sealed class SprintMailer(
    IMailSender mail, ITemplateRenderer templates, ITexts texts, TimeProvider clock, IEnumerable<INotificationPreferences> preferences)
{
    private const string Language = "de";
    // The words of the mails' language, whatever the language of the request that caused them.
    private ITexts Words => texts.In(CultureInfo.GetCultureInfo(Language));

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(CalendarFile.TimeZoneId);

    /// <summary>Mails every participant with an address; returns how many were mailed.</summary>
    public async Task<int> WorkshopAsync(Engagement engagement, Workshop workshop, string template, CancellationToken ct)
    {
        var where = workshop.Place ?? workshop.Link ?? "";
        var text = await templates.RenderAsync(template, Language,
            new WorkshopMailModel(workshop.Title, workshop.Phase.ToString(), Local(workshop.StartsAt), Local(workshop.EndsAt), where), ct);
        var status = workshop.Cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed;
        var calendar = CalendarFile.Write(
            new CalendarEntry($"sprint-workshop-{workshop.WorkshopId:D}@kompetenzzentrum", workshop.Sequence, workshop.StartsAt, workshop.EndsAt,
                workshop.Title,
            where, status, clock.GetUtcNow()), "Sprints");
        var method = workshop.Cancelled ? "CANCEL" : "REQUEST";
        var sent = 0;
        foreach (var member in workshop.Participants.Select(engagement.Member).OfType<TeamMember>().Where(m => m.Email is not null))
        {
            // The reminder is the one workshop mail a participant may opt out of; invitations and changes are transactional.
            if (template == SprintMailTemplates.Reminder && !await preferences.AllowAsync(member.Email!, NotificationKind.SessionReminders, ct))
            {
                continue;
            }
            await mail.SendAsync(new OutgoingMail(member.Email!, SprintMailTemplates.Subject(template, Words, workshop.Title),
                MailBody.Html(text), text,
                [new MailAttachment("workshop.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(calendar))], template)
            { OrganisationId = engagement.OrganisationId }, ct);
            sent++;
        }
        return sent;
    }

    public async Task TaskOverdueAsync(Engagement engagement, SprintTask task, TeamMember owner, CancellationToken ct)
    {
        var text = await templates.RenderAsync(SprintMailTemplates.TaskOverdue, Language,
            new TaskMailModel(task.Title, task.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), owner.Name), ct);
        await mail.SendAsync(
            new OutgoingMail(owner.Email!, SprintMailTemplates.Subject(SprintMailTemplates.TaskOverdue, Words, task.Title),
                MailBody.Html(text), text, [],
            SprintMailTemplates.TaskOverdue)
            { OrganisationId = engagement.OrganisationId }, ct);
    }

    public async Task FollowUpAsync(Engagement engagement, string to, CancellationToken ct)
    {
        // The follow-up is a survey (with the T1 prompt): a member who switched surveys off does not get it.
        if (!await preferences.AllowAsync(to, NotificationKind.FeedbackSurveys, ct))
        {
            return;
        }
        var model = new FollowUpMailModel($"/api/sprints/engagements/{engagement.Id}/follow-up",
            $"/api/organisations/{engagement.OrganisationId}/maturity/checks", [.. engagement.Roadmap.Select(a => a.Title)]);
        var text = await templates.RenderAsync(SprintMailTemplates.FollowUp, Language, model, ct);
        await mail.SendAsync(
            new OutgoingMail(to, SprintMailTemplates.Subject(SprintMailTemplates.FollowUp, Words), MailBody.Html(text), text, [],
                SprintMailTemplates.FollowUp)
            { OrganisationId = engagement.OrganisationId }, ct);
    }


    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
