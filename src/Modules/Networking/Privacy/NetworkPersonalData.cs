using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Privacy;

/// <summary>
/// Erases and exports what networking keeps about people: profiles (organisation name, contact person, free
/// text) and the free-text reasons of introductions. Erasing an organisation records
/// <see cref="NetworkOrganisationErased"/> (its profiles are deleted, also by any later rebuild, and every write
/// about it answers 404), closes its introductions for good, and masks its profile and introduction events in place
/// (<see cref="NetworkMasking"/>); the other side's introduction history and the research figures keep their ids
/// and topics. Erasing a person removes them as contact person of any profile (matched by address, or by name
/// within their own organisation): the profile's events are masked and its current details, without the
/// contact, recorded again.
/// </summary>
internal sealed class NetworkPersonalData(IDocumentStore store, TimeProvider clock) : IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "networking";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        if (subject.OrganisationId is { } organisation)
        {
            await EraseOrganisationAsync(organisation, cancellationToken);
        }
        await EraseContactAsync(subject, cancellationToken);
    }

    private async Task EraseOrganisationAsync(Guid organisation, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var introductions = await session.Query<Introduction>().Where(i => i.SmeId == organisation || i.StartupId == organisation).ToListAsync(ct);
        var now = clock.GetUtcNow();
        // Recorded before the masking, so no profile can be saved for the organisation while its events are masked.
        if (!await NetworkErasure.IsErasedAsync(session, organisation, ct))
        {
            session.Events.StartStream(NetworkErasure.StreamOf(organisation), new NetworkOrganisationErased(organisation, now));
        }
        foreach (var introduction in introductions.Where(i => !i.PartyErased))
        {
            session.Events.Append(introduction.Id, new IntroductionPartyErased(introduction.Id, organisation, now));
        }
        await session.SaveChangesAsync(ct);

        var streams = introductions.Select(i => i.Id).ToList();
        foreach (var profile in new[] { ProfileStreams.Sme(organisation), ProfileStreams.Startup(organisation) })
        {
            if (await session.Events.FetchStreamStateAsync(profile, ct) is not null)
            {
                streams.Add(profile);
            }
        }
        await MaskAsync(streams, ct);
    }

    private async Task EraseContactAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        var emails = subject.Emails.Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var names = subject.Names.Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Concerns(Guid organisation, ContactPerson contact) => !contact.IsErased
            && (emails.Contains(contact.Email.Trim().ToLowerInvariant())
                || (organisation == subject.MemberOf && names.Contains(contact.Name.Trim())));
        if (emails.Count == 0 && names.Count == 0)
        {
            return;
        }
        await using var session = store.LightweightSession();
        // Contacts are typed by the organisations in any case, so they are compared here rather than in SQL.
        var smes = (await session.Query<SmeProfile>().ToListAsync(ct)).Where(p => Concerns(p.Id, p.Details.Contact)).ToList();
        var startups = (await session.Query<StartupProfile>().ToListAsync(ct)).Where(p => Concerns(p.Id, p.Details.Contact)).ToList();
        await MaskAsync([.. smes.Select(p => ProfileStreams.Sme(p.Id)), .. startups.Select(p => ProfileStreams.Startup(p.Id))], ct);
        var now = clock.GetUtcNow();
        foreach (var sme in smes)
        {
            session.Events.Append(ProfileStreams.Sme(sme.Id),
                new SmeProfileChanged(sme.Id, sme.Details with { Contact = ContactPerson.Erased }, now));
        }
        foreach (var startup in startups)
        {
            session.Events.Append(ProfileStreams.Startup(startup.Id),
                new StartupProfileChanged(startup.Id, startup.Details with { Contact = ContactPerson.Erased }, now));
        }
        await session.SaveChangesAsync(ct);
    }

    // Marten refuses a masking run without streams.
    private Task MaskAsync(IReadOnlyList<Guid> streams, CancellationToken ct) => streams.Count == 0
        ? Task.CompletedTask
        : store.Advanced.ApplyEventDataMasking(masking =>
        {
            foreach (var stream in streams)
            {
                masking.IncludeStream(stream);
            }
        }, ct);

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var emails = subject.Emails.Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        bool Mine(ContactPerson contact) => emails.Contains(contact.Email.Trim().ToLowerInvariant());
        var organisation = subject.OrganisationId ?? Guid.Empty;
        var smes = (await session.Query<SmeProfile>().ToListAsync(cancellationToken))
            .Where(p => p.Id == organisation || Mine(p.Details.Contact)).ToList();
        var startups = (await session.Query<StartupProfile>().ToListAsync(cancellationToken))
            .Where(p => p.Id == organisation || Mine(p.Details.Contact)).ToList();
        var introductions = await session.Query<Introduction>().Where(i => i.SmeId == organisation || i.StartupId == organisation)
            .ToListAsync(cancellationToken);
        if (smes.Count + startups.Count + introductions.Count == 0)
        {
            return null;
        }
        return new
        {
            smeProfiles = smes.Select(p => new { profile = SmeProfileView.Of(p), contact = p.Details.Contact }),
            startupProfiles = startups.Select(p => new { profile = StartupProfileView.Of(p), contact = p.Details.Contact }),
            introductions = introductions.Select(i => new
            {
                introductionId = i.Id,
                otherOrganisationId = i.OtherSide(organisation),
                status = IntroductionView.StatusFor(i, organisation),
                outcome = i.Outcome,
                outcomeReason = i.OutcomeRecordedBy == organisation ? i.OutcomeReason : null,
                proposedAt = i.ProposedAt,
            }),
        };
    }
}
