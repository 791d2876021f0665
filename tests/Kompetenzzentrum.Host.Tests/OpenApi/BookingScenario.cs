namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>
/// Code a partner center would write against the generated client: staff set up a program, an offering and a
/// session, a member books a seat and reads the booking back. It compiles only if the document names every type,
/// property and operation it uses as they are.
/// </summary>
internal static class BookingScenario
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Kompetenzzentrum.Generated;

        public static class BookingScenario
        {
            public static async Task<string[]> RunAsync(HttpClient staffHttp, HttpClient memberHttp)
            {
                var staff = new KompetenzzentrumClient(staffHttp);
                var program = await staff.CreateProgramAsync(new CreateProgramRequest
                {
                    Name = "Programm eines generierten Clients",
                    Starts = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    Ends = new DateTimeOffset(2028, 12, 31, 0, 0, 0, TimeSpan.Zero),
                    ResponsibleStaff = "Team Client",
                    Targets = new CreateProgramTargetsRequest { OrganisationsReached = 10, Participations = 30, Satisfaction = 80 },
                });
                var offering = await staff.DraftOfferingAsync(new DraftOfferingRequest
                {
                    ProgramId = program.Id,
                    OfferingType = "experience-tour",
                    Title = new LocalizedText { De = "Erlebnistour", En = "Experience tour" },
                    Description = new LocalizedText { De = "Besuch in der Fabrik.", En = "A factory visit." },
                    Topics = new List<string> { "automatisierung" },
                    SuitableFrom = MaturityLevel.Einsteiger,
                    SuitableTo = MaturityLevel.Vorreiter,
                    Format = "on-site",
                    Place = "Cottbus",
                    Language = "de",
                    CancellationDeadlineHours = 24,
                });
                await staff.PublishOfferingAsync(offering.Id);
                var session = await staff.ScheduleSessionAsync(offering.Id, new ScheduleSessionInput
                {
                    StartsAt = DateTimeOffset.UtcNow.AddDays(14),
                    EndsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
                    Capacity = 20,
                });
                var member = new KompetenzzentrumClient(memberHttp);
                var booking = await member.BookSessionAsync(session.Id, new BookSessionRequest
                {
                    Attendees = new List<BookSessionAttendee> { new BookSessionAttendee { Name = "Erika Mustermann" } },
                });
                var read = await member.GetBookingAsync(session.Id, booking.BookingId);
                return new[] { session.Id.ToString(), booking.BookingId.ToString(), booking.Status, read.Status, string.Join(",", read.Attendees) };
            }
        }
        """;
}
