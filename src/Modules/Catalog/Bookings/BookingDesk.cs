using System.Security.Claims;
using System.Threading.RateLimiting;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The singletons a booking request needs, resolved once for the host rather than per request as endpoint parameters
/// (the booking API is the platform's hottest write); the scoped <see cref="BookingRuleChecks"/> is resolved only for
/// an offering type that lists rules.
/// </summary>
internal sealed class BookingDesk(
    ISessionFactory sessions, SessionOfferings offerings, SeatOfferWindow window, TimeProvider clock, IOptions<HttpJsonOptions> json,
    ISchedulerFactory schedulers, ILogger<SeatOfferExpiryJob> logger, IEnumerable<OfferingTypeDefinition> types, BookingBatches batches, ITexts texts,
    BookingLanes lanes, IEnumerable<IMemberAddresses> members) : IDisposable
{
    private readonly IMemberAddresses? _members = members.FirstOrDefault();
    private readonly HashSet<string> _typesWithRules = [.. types.Where(t => t.BookingRules is { Count: > 0 }).Select(t => t.Key)];
    private readonly ConcurrencyLimiter _solo = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = lanes.Solo,
        QueueLimit = lanes.Queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public ISessionFactory Sessions => sessions;

    public SessionOfferings Offerings => offerings;

    public SeatOfferWindow Window => window;

    public TimeProvider Clock => clock;

    public HttpJsonOptions Json => json.Value;

    public ISchedulerFactory Schedulers => schedulers;

    /// <summary>The words of refusal codes, for answers frozen in the request's language.</summary>
    public ITexts Texts => texts;

    public ILogger<SeatOfferExpiryJob> Logger => logger;

    /// <summary>Shared transactions for bookings of types without rules.</summary>
    public BookingBatches Batches => batches;

    /// <summary>Whether the offering type lists any booking rule.</summary>
    public bool HasRules(string offeringType) => _typesWithRules.Contains(offeringType);

    /// <summary>
    /// A place among the bookings decided in their own transaction (<see cref="BookingLanes.Solo"/>); not acquired
    /// when too many wait already.
    /// </summary>
    public ValueTask<RateLimitLease> SoloAsync(CancellationToken ct) => _solo.AcquireAsync(1, ct);

    /// <summary>
    /// Where a booking's mails go: the address given, else the booking member's own confirmed address when a member
    /// books for its own organisation (staff booking for another organisation give one or none); null for no mail.
    /// </summary>
    public async Task<string?> RecipientAsync(string? given, ClaimsPrincipal user, Guid organisationId, CancellationToken ct) =>
        ContactEmail.Normalize(given) ?? (_members is not null && user.AccountId() is { } account && user.OrganisationId() == organisationId
            ? ContactEmail.Normalize(await _members.ConfirmedAsync(account, ct))
            : null);

    public void Dispose() => _solo.Dispose();
}
