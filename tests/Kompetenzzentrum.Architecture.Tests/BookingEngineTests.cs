namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// One booking engine: every booking, whatever its offering type, is made, moved and cancelled by the catalog's engine. Its
/// events are the catalog's public booking events, so a booking path elsewhere would have to raise them itself, and a type
/// with slots of its own books them through the engine's <c>ISlotBookings</c>.
/// </summary>
public sealed class BookingEngineTests
{
    private const string CatalogModule = "Kompetenzzentrum.Modules.Catalog";
    private const string SlotBookings = "Kompetenzzentrum.Contracts.Slots.ISlotBookings";

    private static readonly string[] BookingEvents =
    [
        "Kompetenzzentrum.Contracts.Catalog.BookingConfirmed",
        "Kompetenzzentrum.Contracts.Catalog.BookingWaitlisted",
        "Kompetenzzentrum.Contracts.Catalog.BookingCancelled",
    ];

    private static readonly AssemblyFacts[] Assemblies = [.. AssemblyFacts.InArtifacts("modules"), .. AssemblyFacts.InArtifacts("plugins")];

    [Fact]
    public void No_module_or_plugin_but_the_catalog_raises_booking_events()
    {
        var others = Assemblies.Where(a => a.Name != CatalogModule).ToList();

        Assert.NotEmpty(others);
        Assert.Contains(Assert.Single(Assemblies, a => a.Name == CatalogModule).Uses, u => u == BookingEvents[0] + "::.ctor");
        Assert.All(others, a => Assert.DoesNotContain(a.Uses, u => BookingEvents.Any(e => u == e + "::.ctor")));
    }

    [Fact]
    public void In_the_catalog_only_its_deciders_raise_booking_events()
    {
        var raising = Repository.SourceFiles("src", "plugins")
            .Where(f => BookingEvents.Any(e => File.ReadAllText(f).Contains($"new {e[(e.LastIndexOf('.') + 1)..]}(", StringComparison.Ordinal)))
            .Select(Repository.Relative)
            .ToList();

        Assert.Equal(["src/Modules/Catalog/Bookings/ApprovalDecider.cs", "src/Modules/Catalog/Bookings/BookingDecider.cs"], raising);
    }

    [Fact]
    public void Consultations_book_move_and_cancel_their_slots_through_the_catalogs_slot_engine_and_keep_no_seats_of_their_own()
    {
        var consultations = Assert.Single(Assemblies, a => a.Name == "Kompetenzzentrum.Modules.Consultations");

        Assert.All(new[] { "BookAsync", "MoveAsync", "CancelAsync" }, m => Assert.Contains($"{SlotBookings}::{m}", consultations.Uses));
        // Its own slot and quarter streams, locked to decide seats, were the third booking path.
        var own = Repository.SourceFiles("src/Modules/Consultations").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.DoesNotContain("ConsultationSlot", own);
        Assert.DoesNotContain("ConsultationQuota", own);
    }

    [Fact]
    public void Consultations_get_their_booking_mails_and_reminders_from_the_catalogs_notifications()
    {
        const string SendMail = "Kompetenzzentrum.Contracts.Mail.IMailSender::SendAsync";
        var consultations = Assert.Single(Assemblies, a => a.Name == "Kompetenzzentrum.Modules.Consultations");

        Assert.Contains(SendMail, Assert.Single(Assemblies, a => a.Name == CatalogModule).Uses);
        // Its own mail sender and Quartz reminder job went: the catalog mails slot bookings with what ISlotBookingMails gives.
        Assert.DoesNotContain(SendMail, consultations.Uses);
        Assert.DoesNotContain(consultations.Uses, u => u.StartsWith("Quartz.", StringComparison.Ordinal));
    }
}
