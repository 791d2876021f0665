using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Marten;
using Marten.Events.Aggregation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>Staff set the booking rules of a catalog offering of type <c>consultation</c>.</summary>
internal sealed record ConsultationOfferingConfigured(
    Guid OfferingId, IReadOnlyList<string> Topics, int MinimumNoticeHours, int HorizonDays, int QuarterlyLimit, int CancellationNoticeHours,
    string? Place, string? VideoLink, DateTimeOffset ConfiguredAt);

/// <summary>The rules of one consultation offering; id derived from the catalog's offering id.</summary>
internal sealed record ConsultationOffering(
    Guid Id, Guid OfferingId, IReadOnlyList<string> Topics, int MinimumNoticeHours, int HorizonDays, int QuarterlyLimit, int CancellationNoticeHours,
    string? Place, string? VideoLink)
{
    public static Guid StreamFor(Guid offeringId) => Ids.Derived("consultation-offering", offeringId);

    public static ConsultationOffering From(ConsultationOfferingConfigured e) =>
        new(StreamFor(e.OfferingId), e.OfferingId, e.Topics, e.MinimumNoticeHours,
        e.HorizonDays, e.QuarterlyLimit, e.CancellationNoticeHours, e.Place, e.VideoLink);

    /// <summary>The expert's own place or link wins over the offering's.</summary>
    public string? Where(ConsultationExpert? expert) => expert?.VideoLink ?? expert?.Place ?? VideoLink ?? Place;
}

internal sealed partial class ConsultationOfferingProjection : SingleStreamProjection<ConsultationOffering, Guid>
{
    public static ConsultationOffering Create(ConsultationOfferingConfigured e) => ConsultationOffering.From(e);

    public static ConsultationOffering Apply(ConsultationOfferingConfigured e, ConsultationOffering _) => ConsultationOffering.From(e);
}

internal static class ConsultationOfferingEndpoints
{
    public sealed record Input(
        IReadOnlyList<string>? Topics,
        int? MinimumNoticeHours,
        int? HorizonDays,
        int? QuarterlyLimit,
        int? CancellationNoticeHours,
        string? Place,
        string? VideoLink);

    public static void MapConsultationOfferings(this IEndpointRouteBuilder api)
    {
        api.MapPut("/offerings/{offeringId:guid}", Save).RequireAuthorization(Policies.Staff).WithName("ConfigureConsultationOffering");
        api.MapGet("/offerings/{offeringId:guid}", async (Guid offeringId, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(offeringId), ct) is { } o ? Results.Ok(o)
                    : Results.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithName("GetConsultationOffering");
    }

    private static async Task<IResult> Save(Guid offeringId, Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var topics = body.Topics ?? ["ki"];
        var e = new ConsultationOfferingConfigured(offeringId, topics, body.MinimumNoticeHours ?? 24, body.HorizonDays ?? 60, body.QuarterlyLimit
            ?? 1,
            body.CancellationNoticeHours ?? 24, body.Place?.Trim(), body.VideoLink, clock.GetUtcNow());
        var problems = new FieldErrors()
            .When(topics.Count == 0, "topics", "consultations.offering.topics-required")
            .When(e.MinimumNoticeHours is < 0 or > 24 * 60, "minimumNoticeHours", "consultations.input.hours-range",
                TextArgs.Of(("min", 0), ("max", 24 * 60)))
            .When(e.HorizonDays is < 1 or > 730, "horizonDays", "consultations.input.days-range", TextArgs.Of(("min", 1), ("max", 730)))
            .When(e.QuarterlyLimit is < 1 or > 100, "quarterlyLimit", "consultations.offering.quarterly-limit",
                TextArgs.Of(("min", 1), ("max", 100)))
            .When(e.CancellationNoticeHours is < 0 or > 24 * 30, "cancellationNoticeHours", "consultations.input.hours-range",
                TextArgs.Of(("min", 0), ("max", 24 * 30)))
            .When(!Links.IsHttpUrl(body.VideoLink), "videoLink", "consultations.input.http-url")
            .When(body.Place is { Length: > 300 }, "place", "consultations.input.too-long", TextArgs.Of(("max", 300)));
        foreach (var (topic, i) in topics.Select((t, i) => (t, i)))
        {
            problems.When(!Topics.IsKnown(topic ?? ""), $"topics[{i}]", "consultations.input.topic-unknown");
        }
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems).ToHttpResult();
        }
        // A whole replacement: the last one holds, so a concurrent write to the stream is simply retried.
        await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(ConsultationOffering.StreamFor(offeringId), e);
            await session.SaveChangesAsync(token);
            return true;
        }, ct);
        return Results.Ok(ConsultationOffering.From(e));
    }
}
