using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Sprints.Notifications;

/// <summary>What a workshop mail sees (Scriban: <c>title</c>, <c>phase</c>, <c>starts</c>, <c>ends</c>, <c>where</c>).</summary>
internal sealed record WorkshopMailModel(string Title, string Phase, string Starts, string Ends, string Where);

/// <summary>What the overdue-task mail sees (<c>title</c>, <c>due_on</c>, <c>owner</c>).</summary>
internal sealed record TaskMailModel(string Title, string DueOn, string Owner);

/// <summary>What the follow-up mail sees (<c>survey_link</c>, <c>maturity_link</c>, <c>actions</c>).</summary>
internal sealed record FollowUpMailModel(string SurveyLink, string MaturityLink, IReadOnlyList<string> Actions);

/// <summary>The default German and English templates of the sprint mails; staff may override each.</summary>
internal static class SprintMailTemplates
{
    public const string Invitation = "sprints.workshop-invitation";
    public const string Changed = "sprints.workshop-changed";
    public const string Cancelled = "sprints.workshop-cancelled";
    public const string Reminder = "sprints.workshop-reminder";
    public const string TaskOverdue = "sprints.task-overdue";
    public const string FollowUp = "sprints.follow-up";

    private const string WorkshopDe = "\n\n{{ title }} (Phase {{ phase }})\n{{ starts }} – {{ ends }} (Europe/Berlin)\n{{ where }}";
    private const string WorkshopEn = "\n\n{{ title }} (phase {{ phase }})\n{{ starts }} – {{ ends }} (Europe/Berlin)\n{{ where }}";

    private static readonly WorkshopMailModel WorkshopSample = new("Analyse-Workshop", "Analysis", "01.12.2026 09:00", "01.12.2026 12:00", "Cottbus");

    private static readonly (string Key, string Description, string De, string En, object Sample)[] All =
    [
        (Invitation, "Invitation to a sprint workshop", "Sie sind zu einem Workshop des Geschäftsmodellsprints eingeladen." + WorkshopDe,
            "You are invited to a workshop of the business-model sprint." + WorkshopEn, WorkshopSample),
        (Changed, "A sprint workshop changed", "Ein Workshop des Geschäftsmodellsprints hat sich geändert." + WorkshopDe,
            "A workshop of the business-model sprint changed." + WorkshopEn, WorkshopSample),
        (Cancelled, "A sprint workshop was cancelled", "Ein Workshop des Geschäftsmodellsprints wurde abgesagt." + WorkshopDe,
            "A workshop of the business-model sprint was cancelled." + WorkshopEn, WorkshopSample),
        (Reminder, "Reminder 24 hours before a sprint workshop", "Erinnerung: morgen findet Ihr Workshop statt." + WorkshopDe,
            "Reminder: your workshop takes place tomorrow." + WorkshopEn, WorkshopSample),
        (TaskOverdue, "A sprint task is overdue",
            "Guten Tag {{ owner }},\n\ndie Aufgabe „{{ title }}“ war am {{ due_on }} fällig und ist noch offen.",
            "Hello {{ owner }},\n\nthe task \"{{ title }}\" was due on {{ due_on }} and is still open.",
            new TaskMailModel("Kundeninterviews auswerten", "01.12.2026", "Erika Mustermann")),
        (FollowUp, "Follow-up survey some months after the transfer",
            "Guten Tag,\n\nwie weit ist die Umsetzung Ihres Fahrplans gekommen?{{ for a in actions }}\n- {{ a }}{{ end }}\n\n"
            + "Umfrage: {{ survey_link }}\n\n"
            + "Wiederholen Sie auch den Digitalisierungs-Check (T1), um Ihre Entwicklung zu sehen: {{ maturity_link }}",
            "Hello,\n\nhow far has your roadmap come?{{ for a in actions }}\n- {{ a }}{{ end }}\n\nSurvey: {{ survey_link }}\n\n"
            + "Please also repeat the digital maturity check (T1) to see how you developed: {{ maturity_link }}",
            new FollowUpMailModel("/api/sprints/engagements/0/follow-up", "/api/organisations/0/maturity/checks", ["Webshop starten"])),
    ];

    public static void Register(IServiceCollection services)
    {
        foreach (var t in All)
        {
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "de", t.De, t.Description, t.Sample));
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "en", t.En, t.Description, t.Sample));
        }
    }

    /// <summary>
    /// The subject of a mail (<c>sprints.mail.&lt;template&gt;.subject</c>, e.g. "Einladung: {title}") in the language of
    /// <paramref name="texts"/>: the recipient's (<see cref="ITexts.In"/>), not the request's.
    /// </summary>
    public static string Subject(string key, ITexts texts, string? title = null) =>
        texts.Get(SubjectCode(key), title is null ? null : TextArgs.Of(("title", title)));

    /// <summary>The code of a template's subject: <c>sprints.workshop-invitation</c> has <c>sprints.mail.workshop-invitation.subject</c>.</summary>
    public static string SubjectCode(string key) => "sprints.mail." + key["sprints.".Length..] + ".subject";
}
