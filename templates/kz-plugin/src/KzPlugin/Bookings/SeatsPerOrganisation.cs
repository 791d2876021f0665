using Microsoft.Extensions.Configuration;

namespace KzPlugin.Bookings;

/// <summary>How many seats of one session one organisation may book: <c>Modules:kzplugin:SeatsPerOrganisation</c>, default 2.</summary>
internal sealed record SeatsPerOrganisation(int Value)
{
    public static SeatsPerOrganisation From(IConfiguration configuration)
    {
        var seats = configuration.GetValue<int?>("SeatsPerOrganisation") ?? 2;
        return seats > 0 ? new(seats)
            : throw new InvalidOperationException($"Modules:kzplugin:SeatsPerOrganisation must be at least 1; it is {seats}.");
    }
}
