using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>One dated entry of an organisation's history as staff see it on the organisation page (the CRM view).</summary>
/// <param name="At">When it happened (a booking's session start, a consultation's slot, a mail's queueing …).</param>
/// <param name="Module">The module that keeps it, e.g. <c>catalog</c>; the page groups and labels entries by it.</param>
/// <param name="Kind">What it is within the module, e.g. <c>booking</c>, <c>maturity-round</c>, <c>mail</c>.</param>
/// <param name="Title">One line in German and English, e.g. "Buchung: Workshop KI (bestätigt)".</param>
/// <param name="Detail">Optional more text (a shared summary, a mail's category), in both languages.</param>
/// <param name="Link">Optional relative link to the staff page of the entry.</param>
public sealed record OrganisationHistoryEntry(
    DateTimeOffset At, string Module, string Kind, LocalizedText Title, LocalizedText? Detail = null, string? Link = null);
