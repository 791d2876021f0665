namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>The questionnaire a new installation starts with (version 1); staff publish their own versions.</summary>
internal static class DefaultQuestionnaire
{
    private static Choice C(string key, string de, string en, string[] tags, string[]? topics = null) => new(key, new(de, en), tags, topics ?? []);

    public static IReadOnlyList<Question> Questions { get; } =
    [
        new("industry", QuestionKinds.Single, new("In welcher Branche ist Ihr Unternehmen tätig?", "Which industry is your company in?"), true,
            [C("manufacturing", "Verarbeitendes Gewerbe", "Manufacturing", ["industry:c"]), C("trade", "Handel", "Trade", ["industry:g"]),
             C("services", "Dienstleistungen", "Services", ["industry:n"])], null, null, null),
        new("goals", QuestionKinds.Multiple, new("Wobei soll KI helfen?", "What should AI help with?"), true,
            [C("quality", "Qualitätsprüfung", "Quality inspection", ["vision", "quality"], ["ki", "automatisierung"]),
             C("maintenance", "Wartung von Maschinen", "Machine maintenance", ["maintenance", "machines"], ["ki", "automatisierung"]),
             C("documents", "Dokumente und Verwaltung", "Documents and administration", ["documents", "administration"], ["ki", "prozesse"]),
             C("forecast", "Planung und Absatzprognose", "Planning and demand forecasting", ["forecasting", "planning"], ["ki", "daten"]),
             C("customers", "Kundenservice", "Customer service", ["customer-service", "chatbot"], ["ki", "e-commerce"])], null, null, null),
        new("data", QuestionKinds.Multiple, new("Welche Daten haben Sie bereits?", "Which data do you already have?"), false,
            [C("images", "Kamerabilder", "Camera images", ["data:images"]),
                C("sensors", "Maschinen- und Sensordaten", "Machine and sensor data", ["data:sensor-data"]),
             C("sales", "Verkaufsdaten", "Sales history", ["data:sales-history"]),
             C("docs", "Digitale Dokumente", "Digital documents", ["data:documents"]),
             C("tickets", "Kundenanfragen", "Customer requests", ["data:support-tickets"]), C("none", "Noch keine", "None yet", ["data:none"])], null,
             null, null),
        new("camera", QuestionKinds.Single, new("Gibt es schon Kameras an der Linie?", "Are there cameras on the line already?"), true,
            [C("yes", "Ja", "Yes", ["data:images"]), C("no", "Nein", "No", ["barrier:equipment"])], null, null, new ShowWhen("goals", ["quality"])),
        new("barriers", QuestionKinds.Multiple, new("Was hält Sie bisher ab?", "What has held you back so far?"), false,
            [C("skills", "Fehlendes Know-how", "Missing know-how", ["barrier:skills"]), C("budget", "Budget", "Budget", ["barrier:budget"]),
             C("privacy", "Datenschutz", "Data protection", ["barrier:privacy"], ["it-sicherheit"]), C("time", "Zeit", "Time", ["barrier:time"])],
             null, null, null),
        new("experience", QuestionKinds.Scale, new("Wie erfahren ist Ihr Team mit KI (1–5)?", "How experienced is your team with AI (1-5)?"), true,
            [], 1, 5, null),
        new("notes", QuestionKinds.FreeText, new("Was sollen wir vorab wissen?", "What should we know beforehand?"), false, [], null, null, null),
    ];
}
