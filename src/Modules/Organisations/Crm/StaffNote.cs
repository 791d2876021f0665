namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// A staff note on an organisation (CRM view): private to staff, never shown to the organisation's members; deleted with the
/// organisation's erasure (<see cref="StaffNoteEraser"/>) and moved to the survivor of a merge (<see cref="StaffNoteMerge"/>).
/// </summary>
/// <param name="Id">The note.</param>
/// <param name="OrganisationId">The organisation it is about.</param>
/// <param name="AuthorId">The staff account that wrote it; only they may delete it.</param>
/// <param name="Text">What they wrote.</param>
/// <param name="At">When.</param>
internal sealed record StaffNote(Guid Id, Guid OrganisationId, Guid AuthorId, string Text, DateTimeOffset At)
{
    public const int MaxLength = 2000;
}
