using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Imports;
using Kompetenzzentrum.Modules.Organisations.Registry;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>What a merge appends, by stream: the survivor's, the duplicate's, and each moving member's account.</summary>
internal sealed record MergePlan(
    OrganisationsMerged Merged,
    IReadOnlyList<object> SurvivorEvents,
    IReadOnlyList<object> DuplicateEvents,
    IReadOnlyList<JoinedOrganisation> AccountEvents);

/// <summary>
/// Merging a duplicate into a survivor as a pure decision (CiviCRM's merge: the survivor keeps its own data and gains what
/// only the duplicate had). The duplicate's members join the survivor with their admin rights, its contact person comes
/// along when the survivor has none, and the duplicate becomes a tombstone pointing at the survivor.
/// </summary>
internal static class MergeDecider
{
    /// <summary>
    /// The merge of <c>duplicate</c> into <c>survivor</c> (each null when unknown) on the survivor's version staff looked at
    /// (<c>expected</c>, If-Match; null: any), by the staff account <c>by</c> at <c>now</c>.
    /// </summary>
    public static Result<MergePlan> Merge(
        Guid survivorId, Guid duplicateId, Organisation? survivor, Organisation? duplicate, long? expected, Guid by, DateTimeOffset now)
    {
        if (duplicateId == Guid.Empty)
        {
            return Refusal.Invalid("duplicateId", "organisations.merge-duplicate-required");
        }
        if (survivorId == duplicateId)
        {
            return Refusal.Invalid("duplicateId", "organisations.merge-self");
        }
        if (survivor is null || survivor.Erased || duplicate is null || duplicate.Erased)
        {
            return Refusal.NotFound("organisations.merge-unknown");
        }
        if (survivor.MergedInto is not null || duplicate.MergedInto is not null)
        {
            return Refusal.Conflict("organisations.merge-already-merged");
        }
        if (expected is { } version && version != survivor.Version)
        {
            return Refusal.Stale("common.stale");
        }
        var merged = new OrganisationsMerged(survivorId, duplicateId, now);
        var moving = duplicate.Members.Where(m => survivor.Members.All(s => s.AccountId != m.AccountId)).ToList();
        var survivorEvents = new List<object> { new OrganisationAbsorbed(survivorId, duplicateId, by, now) };
        survivorEvents.AddRange(moving.Select(m => new MemberJoined(survivorId, m.AccountId, m.IsAdmin)));
        if (survivor.Contact is null && duplicate.Contact is { } contact)
        {
            survivorEvents.Add(new ContactPersonRecorded(survivorId, contact.Name, contact.Email));
        }
        return new MergePlan(merged, survivorEvents, [merged], [.. moving.Select(m => new JoinedOrganisation(m.AccountId, survivorId, m.IsAdmin))]);
    }
}
