using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.DemoData;

/// <summary>
/// The demo's five experts (<see cref="DemoCast.Experts"/>) with weekly availability, as staff save them: two or three
/// windows a week each, one-hour slots with a quarter-hour buffer, so the KI-Sprechstunde has free slots every week.
/// </summary>
internal sealed class DemoExpertsSeeder(IDocumentStore store, TimeProvider clock) : IModuleSeeder
{
    private static readonly WeeklyWindow[][] Weeks =
    [
        [new(DayOfWeek.Tuesday, new(9, 0), new(12, 0)), new(DayOfWeek.Thursday, new(13, 0), new(16, 0))],
        [new(DayOfWeek.Monday, new(10, 0), new(13, 0)), new(DayOfWeek.Wednesday, new(9, 0), new(12, 0))],
        [new(DayOfWeek.Wednesday, new(13, 0), new(17, 0)), new(DayOfWeek.Friday, new(9, 0), new(11, 0))],
        [new(DayOfWeek.Monday, new(14, 0), new(17, 0)), new(DayOfWeek.Thursday, new(9, 0), new(12, 0))],
        [
            new(DayOfWeek.Tuesday, new(14, 0), new(17, 0)), new(DayOfWeek.Friday, new(10, 0), new(13, 0)),
            new(DayOfWeek.Wednesday, new(8, 0), new(10, 0)),
        ],
    ];

    public int Order => SeedOrder.Content;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<ConsultationExpert>().AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var (expert, index) in DemoCast.Experts.Select((e, i) => (e, i)))
        {
            var id = ConsultationExpert.StreamFor(expert.AccountId);
            session.Events.StartStream(id, new ConsultationExpertSaved(id, expert.AccountId, expert.Tags,
                $"https://meet.example.org/ki-sprechstunde-{index + 1}", null, Weeks[index % Weeks.Length], [], [], SlotMinutes: 60,
                BufferMinutes: 15, Active: true, now));
        }
        await session.SaveChangesAsync(cancellationToken);
    }
}
