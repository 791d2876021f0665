using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Media.Editing;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>Describe the tour behind an experience-tour offering (the API's body and the tour page's form).</summary>
internal sealed record SetTourDetails(string? HostCompany, string? Address, IReadOnlyList<AgendaItem>? Agenda);

/// <summary>
/// Decides about a tour's description, pure, on its stream as <c>TourHandlers</c> read it: the first
/// description (or one after a removal) names no version; changing or removing an existing one names the current one.
/// </summary>
internal static class TourDecider
{
    public static Decision Set(TourStream? stream, long version, long? expected, Guid offeringId, SetTourDetails command, DateTimeOffset now)
    {
        var agenda = command.Agenda ?? [];
        var errors = new FieldErrors();
        errors.When(string.IsNullOrWhiteSpace(command.HostCompany), "hostCompany", "media.tour-host-required");
        errors.When(string.IsNullOrWhiteSpace(command.Address), "address", "media.tour-address-required");
        errors.When(agenda.Count == 0 || agenda.Any(a => a is null || string.IsNullOrWhiteSpace(a.Time) || string.IsNullOrWhiteSpace(a.Title)),
            "agenda", "media.tour-agenda");
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (stream is { Described: true } && VersionDecider.Check(version, expected) is { } refused)
        {
            return refused;
        }
        return Decision.Accept(new TourDetailsSet(offeringId, command.HostCompany!.Trim(), command.Address!.Trim(), agenda, now));
    }

    public static Decision Remove(TourStream? stream, long version, long? expected, Guid offeringId, DateTimeOffset now) =>
        stream is not { Described: true } ? Refusal.NotFound("media.item-not-found")
        : VersionDecider.Check(version, expected) is { } refused ? refused
        : Decision.Accept(new TourDetailsRemoved(offeringId, now));
}
