using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>Staff keep the experts: tags, where they meet, weekly windows (Berlin time), holidays and extra slots.</summary>
internal static class ExpertEndpoints
{
    // Windows: e.g. { "day": "monday", "from": "09:00", "to": "12:00" }; ExtraSlots: local Berlin starts, e.g. 2026-12-05T10:00.
    public sealed record Input(
        IReadOnlyList<string>? Tags, string? VideoLink, string? Place, IReadOnlyList<WindowInput>? Windows, IReadOnlyList<DateOnly>? Holidays,
        IReadOnlyList<DateTime>? ExtraSlots, int? SlotMinutes, int? BufferMinutes, bool? Active);

    public sealed record WindowInput(string? Day, string? From, string? To);

    public static void MapExperts(this IEndpointRouteBuilder api)
    {
        api.MapPut("/experts/{accountId:guid}", Save).RequireAuthorization(Policies.Staff).WithName("SaveConsultationExpert");
        api.MapGet("/experts", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<ConsultationExpert>().OrderBy(e => e.AccountId).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListConsultationExperts");
    }

    private static async Task<IResult> Save(Guid accountId, Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldErrors();
        var tags = Tags.Normalize(body.Tags, "tags", problems);
        var windows = new List<WeeklyWindow>();
        foreach (var (w, i) in (body.Windows ?? []).Select((w, i) => (w, i)))
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
            windows.Add(new WeeklyWindow(day, from, to));
        }
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
            return Refusal.Invalid(problems).ToHttpResult();
        }
        var id = ConsultationExpert.StreamFor(accountId);
        var saved = new ConsultationExpertSaved(id, accountId, tags, body.VideoLink, body.Place?.Trim(), windows, body.Holidays ?? [],
            [.. (body.ExtraSlots ?? []).Select(s => DateTime.SpecifyKind(s, DateTimeKind.Unspecified))], slotMinutes, buffer, body.Active ?? true,
            clock.GetUtcNow());
        // A whole replacement: the last one holds, so a concurrent write to the stream is simply retried.
        await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(id, saved);
            await session.SaveChangesAsync(token);
            return true;
        }, ct);
        return Results.Ok(ConsultationExpert.From(saved));
    }
}

/// <summary>Tag keys: lower-case words that tie answers, experts and use cases together (e.g. <c>vision</c>, <c>data:images</c>).</summary>
internal static class Tags
{
    private const int MaxLength = 60;

    public static IReadOnlyList<string> Normalize(IReadOnlyList<string>? tags, string field, FieldErrors problems)
    {
        var result = new List<string>();
        foreach (var (tag, i) in (tags ?? []).Select((t, i) => (t, i)))
        {
            var key = tag?.Trim().ToLowerInvariant() ?? "";
            if (key.Length is 0 or > MaxLength || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_')))
            {
                problems.Add(new FieldError($"{field}[{i}]", "consultations.input.tag-format", TextArgs.Of(("max", MaxLength))));
                continue;
            }
            result.Add(key);
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }
}

internal static class Links
{
    public static bool IsHttpUrl(string? value) => value is null
        || (value.Length <= 500 && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
