using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>The words for how a booking reached staff and what it became, each a full text code.</summary>
internal static class ChannelTexts
{
    /// <summary>The channel's name (<c>Telefon</c>, <c>E-Mail</c>, <c>Persönlich</c>).</summary>
    public static string Name(ITexts texts, string channel) => texts.Get(channel switch
    {
        "email" => "catalog.staff-ops.channel.email",
        "in-person" => "catalog.staff-ops.channel.in-person",
        _ => "catalog.staff-ops.channel.phone",
    });

    /// <summary>The badge beside a booking staff took (<c>telefonisch durch das Team</c>).</summary>
    public static string TakenBy(ITexts texts, string channel) => texts.Get(channel switch
    {
        "email" => "catalog.staff-ops.booked-by-staff.email",
        "in-person" => "catalog.staff-ops.booked-by-staff.in-person",
        _ => "catalog.staff-ops.booked-by-staff.phone",
    });

    /// <summary>What the booking became (<c>bestätigt</c>, <c>auf der Warteliste</c>, <c>wartet auf Genehmigung</c>).</summary>
    public static string Outcome(ITexts texts, string status) => texts.Get(status switch
    {
        "waitlisted" => "catalog.staff-ops.booked-status.waitlisted",
        "pending" => "catalog.staff-ops.booked-status.pending",
        _ => "catalog.staff-ops.booked-status.confirmed",
    });
}
