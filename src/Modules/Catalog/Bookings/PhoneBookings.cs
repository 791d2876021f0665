using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff book seats for an organisation that called (or wrote, or came by): the same engine as every booking
/// (<see cref="BookSession.BookAsync"/>: seats, waitlist, rules, mails), with the organisation checked to exist and
/// the booking marked as taken by the staff account through the channel (<see cref="BookingTakenByStaff"/>).
/// </summary>
internal static class PhoneBookings
{
    public const string Phone = "phone";

    /// <summary>How a booking may reach staff.</summary>
    public static readonly string[] Channels = [Phone, "email", "in-person"];

    /// <param name="OrganisationId">The organisation booked for; it must exist.</param>
    /// <param name="Attendees">Named attendees, one seat each.</param>
    /// <param name="ContactEmail">Optional address that receives the booking mails.</param>
    /// <param name="Channel">How the booking reached staff: <c>phone</c> (default), <c>email</c> or <c>in-person</c>.</param>
    public sealed record Request(Guid? OrganisationId, IReadOnlyList<BookSession.Attendee>? Attendees, string? ContactEmail = null,
        string? Channel = null);

    public static void MapPhoneBookings(this IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{id:guid}/phone-bookings", Handle).RequireAuthorization(Policies.Staff).WithName("BookSessionForOrganisation")
            .DisableRateLimiting()
            .Produces<BookingView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Handle(Guid id, Request body, HttpContext http, BookingDesk desk, CancellationToken ct)
    {
        var reply = await BookAsync(id, body, http.Request.Headers["Idempotency-Key"].ToString(), http.User, http.RequestServices, desk, ct);
        return reply.ToHttpResult(http);
    }

    /// <summary>Books for the organisation of <paramref name="body"/> as staff; the page and the API both call this.</summary>
    internal static async Task<CommandReply<BookingView>> BookAsync(
        Guid id, Request body, string key, ClaimsPrincipal user, IServiceProvider services, BookingDesk desk, CancellationToken ct)
    {
        var channel = string.IsNullOrWhiteSpace(body.Channel) ? Phone : body.Channel.Trim();
        if (!Channels.Contains(channel, StringComparer.Ordinal))
        {
            return CommandReply<BookingView>.Refused(
                Refusal.Invalid("channel", "catalog.phone-booking.channel", TextArgs.Of(("channels", string.Join(", ", Channels)))));
        }
        if (body.OrganisationId is not { } organisation || organisation == Guid.Empty)
        {
            return CommandReply<BookingView>.Refused(Refusal.Invalid("organisationId", "catalog.organisation-required"));
        }
        // Erased and unknown organisations are left out of the names: nobody can be booked for them.
        if (services.GetService<IOrganisationNames>() is { } names && !(await names.NamesAsync([organisation], ct)).ContainsKey(organisation))
        {
            return CommandReply<BookingView>.Refused(Refusal.Invalid("organisationId", "catalog.phone-booking.unknown-organisation"));
        }
        var booking = new BookSession.Request(organisation, body.Attendees, body.ContactEmail);
        return await BookSession.BookAsync(id, booking, key, user, services, desk, ct, new StaffBooking(user.AccountId() ?? Guid.Empty, channel));
    }
}
