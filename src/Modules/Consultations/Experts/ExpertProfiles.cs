using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>
/// Staff keep an expert's profile: the one handler behind <c>PUT /experts/{accountId}</c> and the back-office expert page.
/// Windows are weekday + from/to (HH:mm, Europe/Berlin); on one day they may not overlap. The whole profile is replaced.
/// </summary>
internal sealed class ExpertProfiles(IDocumentSession session, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConsultationExpert>> ListAsync(CancellationToken ct) =>
        await session.Query<ConsultationExpert>().OrderBy(e => e.AccountId).ToListAsync(ct);

    public Task<ConsultationExpert?> FindAsync(Guid accountId, CancellationToken ct) =>
        session.LoadAsync<ConsultationExpert>(ConsultationExpert.StreamFor(accountId), ct);

    public async Task<Result<ConsultationExpert>> SaveAsync(Guid accountId, ExpertEndpoints.Input body, CancellationToken ct)
    {
        var problems = new FieldErrors();
        var tags = Tags.Normalize(body.Tags, "tags", problems);
        var windows = Windows(body.Windows, problems);
        var slotMinutes = body.SlotMinutes ?? 60;
        var buffer = body.BufferMinutes ?? 0;
        problems
            .When(slotMinutes is < 15 or > 240, "slotMinutes", "consultations.input.minutes-range", TextArgs.Of(("min", 15), ("max", 240)))
            .When(buffer is < 0 or > 120, "bufferMinutes", "consultations.input.minutes-range", TextArgs.Of(("min", 0), ("max", 120)))
            .When(!Links.IsHttpUrl(body.VideoLink), "videoLink", "consultations.input.http-url")
            .When(body.Place is { Length: > 300 }, "place", "consultations.input.too-long", TextArgs.Of(("max", 300)))
            .When(windows.Count > 50 || (body.Holidays?.Count ?? 0) > 400 || (body.ExtraSlots?.Count ?? 0) > 400, "windows",
                "consultations.expert.too-many");
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        var id = ConsultationExpert.StreamFor(accountId);
        var saved = new ConsultationExpertSaved(id, accountId, tags, Blank(body.VideoLink), Blank(body.Place), windows,
            [.. (body.Holidays ?? []).Distinct().Order()],
            [.. (body.ExtraSlots ?? []).Select(s => DateTime.SpecifyKind(s, DateTimeKind.Unspecified)).Distinct().Order()], slotMinutes, buffer,
            body.Active ?? true, clock.GetUtcNow());
        await ReplacementWrites.AppendAsync(session, id, saved, ct);
        return ConsultationExpert.From(saved);
    }

    private static List<WeeklyWindow> Windows(IReadOnlyList<ExpertEndpoints.WindowInput>? input, FieldErrors problems)
    {
        var windows = new List<WeeklyWindow>();
        foreach (var (w, i) in (input ?? []).Select((w, i) => (w, i)))
        {
            var field = $"windows[{i}]";
            if (!Enum.TryParse<DayOfWeek>(w?.Day, ignoreCase: true, out var day) || int.TryParse(w?.Day, out _))
            {
                problems.Add(new FieldError(field + ".day", "consultations.expert.weekday"));
                continue;
            }
            if (!TimeOnly.TryParseExact(w!.From, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(w.To, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) || to <= from)
            {
                problems.Add(new FieldError(field, "consultations.expert.window-times"));
                continue;
            }
            var window = new WeeklyWindow(day, from, to);
            if (windows.Any(other => other.Day == day && other.From < to && from < other.To))
            {
                problems.Add(new FieldError(field, "consultations.expert.window-overlap"));
                continue;
            }
            windows.Add(window);
        }
        return windows;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
