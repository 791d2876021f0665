using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
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
        api.MapPut("/experts/{accountId:guid}", async (Guid accountId, Input body, ExpertProfiles experts, CancellationToken ct) =>
                (await experts.SaveAsync(accountId, body, ct)).ToHttpResult(saved => Results.Ok(saved)))
            .RequireAuthorization(Policies.Staff).WithName("SaveConsultationExpert").ProducesValidationProblem();
        api.MapGet("/experts", async (ExpertProfiles experts, CancellationToken ct) => Results.Ok(await experts.ListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListConsultationExperts");
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
