using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>
/// The staff pages' small forms: each calls the typed handler the API calls too, and its result becomes a flash on the
/// page it came from, with the refusal's reason when it refused (the first field's, else the refusal's own).
/// </summary>
internal static class StaffForms
{
    /// <summary>404 stays 404; success and refusal of a typed handler go back to <paramref name="back"/> with a flash (the first field's reason, else
    /// the refusal's).</summary>
    public static async Task<IResult> AfterAsync<T>(HttpContext http, string back, string success, ITexts texts, Task<Result<T>> call) =>
        (await call).Refusal switch
        {
            null => UiPages.Done(http, back, success),
            { Kind: RefusalKind.NotFound } => Results.NotFound(),
            var refusal => UiPages.Failed(http, back, refusal.Fields is [var field, ..] ? texts.Get(field.Code, field.Args) : texts.Reason(refusal)),
        };

    /// <summary>
    /// A form bound to a request record (<see cref="FormBinder"/>) and handled by a typed handler: on success back to
    /// <paramref name="back"/> with a flash; a value that does not parse or the handler's refusal shows the page
    /// <paramref name="again"/> (400), with the input kept and the field reasons. 404 stays 404.
    /// </summary>
    public static async Task<IResult> SubmitAsync<TInput, T>(
        HttpContext http, IFormCollection form, ITexts texts, Func<TInput, Task<Result<T>>> call, string back, Func<TInput, string> success,
        Func<FormState, Task<IResult>> again)
        where TInput : class
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<TInput>(state, texts) is { } input)
        {
            switch ((await call(input)).Refusal)
            {
                case null:
                    return UiPages.Done(http, back, success(input));
                case { Kind: RefusalKind.NotFound }:
                    return Results.NotFound();
                case var refusal:
                    state.Absorb(refusal, texts);
                    break;
            }
        }
        state.Summary ??= texts.Get("common.invalid");
        return await again(state);
    }

    /// <summary>The sprint a staff page shows, with its SME's contact; null when there is none (the page answers 404).</summary>
    public static async Task<StaffSprint?> SprintAsync(IQuerySession session, HttpContext http, Guid engagementId, CancellationToken ct) =>
        await EngagementCommands.FindAsync(session, http, engagementId, ct) is { } engagement
            ? new StaffSprint(engagement, await ContactAsync(http, engagement.OrganisationId, ct))
            : null;

    /// <summary>The SME's contact addresses for a staff page's heading, or a phrase when it has none.</summary>
    public static async Task<string> ContactAsync(HttpContext http, Guid organisationId, CancellationToken ct)
    {
        var contacts = http.RequestServices.GetService<IOrganisationContacts>();
        var found = contacts is null ? [] : await contacts.FindAsync(organisationId, ct);
        return found.Count > 0 ? string.Join(", ", found.Select(c => c.Email)) : http.RequestServices.GetRequiredService<ITexts>()
            .Get("sprints.staff.company-without-contact");
    }

    /// <summary>A date field's day (yyyy-MM-dd, as browsers post it), or null when empty or not a date (the API then names the field).</summary>
    public static DateOnly? Day(string? raw) => DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var day) ? day : null;
}

/// <summary>
/// The data of a sprint's staff pages (team, workshops, results, timeline): the sprint, its SME's contact, and for the results
/// page whether the as-is canvas exists (the analysis needs it).
/// </summary>
internal sealed record StaffSprint(Engagement Engagement, string Contact, bool HasAsIsCanvas = false);
