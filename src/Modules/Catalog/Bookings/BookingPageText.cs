using System.Text.Json;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// What pages need around the booking handlers: their frozen JSON answers read back as an <see cref="ApiOutcome"/>
/// (the value is the answer's <see cref="JsonElement"/>), and the statuses in the user's language.
/// </summary>
internal static class BookingPageText
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static ApiOutcome Read(IResult result)
    {
        if (result is not ContentHttpResult { ResponseContent: { } body } content)
        {
            return ApiOutcome.From(result);
        }
        var status = content.StatusCode ?? StatusCodes.Status200OK;
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        if (status < 400)
        {
            return new ApiOutcome(status, root, null, null, NoErrors);
        }
        var errors = root.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray(), StringComparer.OrdinalIgnoreCase)
            : NoErrors;
        return new ApiOutcome(status, null, Text(root, "title"), Text(root, "detail"), errors, Text(root, "type"));
    }

    /// <summary>The answer's string property, or null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The answer's number property, or null.</summary>
    public static int? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>A status as the API writes it (e.g. <c>waitlisted</c>), in words; with the waitlist place when waiting.</summary>
    public static string Status(string status, int? waitlistPosition = null) => status switch
    {
        "confirmed" => UiText.T("Bestätigt", "Confirmed"),
        "waitlisted" => waitlistPosition is { } place ? UiText.T($"Warteliste, Platz {place}", $"Waitlist, place {place}") : UiText.T("Warteliste", "Waitlist"),
        "offered" => UiText.T("Platz angeboten", "Seat offered"),
        "cancelled" => UiText.T("Abgesagt", "Cancelled"),
        "lapsed" => UiText.T("Angebot verfallen", "Offer lapsed"),
        "attended" => UiText.T("Teilgenommen", "Attended"),
        "no-show" => UiText.T("Nicht erschienen", "No-show"),
        "completed" => UiText.T("Abgeschlossen", "Completed"),
        "enrolled" => UiText.T("Eingeschrieben", "Enrolled"),
        _ => status,
    };

    /// <summary>
    /// A refusal in the user's language: the API's reason follows a sentence that nothing happened, unless the reason
    /// already says so (package refusals do).
    /// </summary>
    public static string Refusal(ApiOutcome outcome, string nothingHappened) =>
        outcome.Status == StatusCodes.Status400BadRequest && outcome.Errors.Count > 0
            ? UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.")
            : outcome.Title?.Contains(nothingHappened, StringComparison.Ordinal) == true ? outcome.Title
            : $"{nothingHappened} {outcome.Title}".Trim();
}
