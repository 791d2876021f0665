using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>Staff saved an expert's tags, place or video link and availability (the whole profile each time).</summary>
internal sealed record ConsultationExpertSaved(
    Guid ExpertId, Guid AccountId, IReadOnlyList<string> Tags, string? VideoLink, string? Place, IReadOnlyList<WeeklyWindow> Windows,
    IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateTime> ExtraSlots, int SlotMinutes, int BufferMinutes, bool Active, DateTimeOffset SavedAt);

/// <summary>An expert (a staff account) who holds consultations. Id derived from the account id, never the account id itself.</summary>
internal sealed record ConsultationExpert(
    Guid Id, Guid AccountId, IReadOnlyList<string> Tags, string? VideoLink, string? Place, IReadOnlyList<WeeklyWindow> Windows,
    IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateTime> ExtraSlots, int SlotMinutes, int BufferMinutes, bool Active)
{
    public static Guid StreamFor(Guid accountId) => Kompetenzzentrum.Contracts.Kernel.Ids.Derived("consultation-expert", accountId);

    public Availability Availability => new(Windows, Holidays, ExtraSlots, SlotMinutes, BufferMinutes);

    public static ConsultationExpert From(ConsultationExpertSaved e) =>
        new(e.ExpertId, e.AccountId, e.Tags, e.VideoLink, e.Place, e.Windows, e.Holidays, e.ExtraSlots, e.SlotMinutes, e.BufferMinutes, e.Active);
}

internal sealed partial class ConsultationExpertProjection : SingleStreamProjection<ConsultationExpert, Guid>
{
    public static ConsultationExpert Create(ConsultationExpertSaved e) => ConsultationExpert.From(e);

    public static ConsultationExpert Apply(ConsultationExpertSaved e, ConsultationExpert _) => ConsultationExpert.From(e);
}
