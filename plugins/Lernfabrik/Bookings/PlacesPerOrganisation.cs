using Microsoft.Extensions.Configuration;

namespace Lernfabrik.Plugin.Bookings;

/// <summary>How many places of one workshop session one organisation may book.</summary>
internal sealed record PlacesPerOrganisation(int Value)
{
    public static PlacesPerOrganisation From(IConfiguration configuration)
    {
        var places = configuration.GetValue<int?>("PlacesPerOrganisation") ?? 2;
        return places > 0 ? new(places)
            : throw new InvalidOperationException($"Modules:lernfabrik:PlacesPerOrganisation must be at least 1; it is {places}.");
    }
}
