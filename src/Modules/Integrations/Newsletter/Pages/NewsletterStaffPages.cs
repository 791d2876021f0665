using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Pages;

/// <summary>The campaigns page: subscriber counts, campaigns with their state, and the form of a new campaign.</summary>
internal sealed record CampaignListView(
    SubscriberCounts Counts, IReadOnlyList<CampaignView> Campaigns, FormState Form, IReadOnlyList<(string Value, string Text)> OfferingTypes);

/// <summary>One campaign: its state and counts, and the preview for a sample recipient (or the template's problems).</summary>
internal sealed record CampaignDetailView(CampaignView Campaign, CampaignPreview? Preview, string? PreviewProblem);

/// <summary>Staff pages of campaigns (<c>/backoffice/newsletter</c>), adapters over <see cref="NewsletterCampaigns"/>.</summary>
internal static class NewsletterStaffPages
{
    public static void MapNewsletterStaffPages(this IEndpointRouteBuilder pages)
    {
        var staff = pages.MapGroup(NewsletterPages.Staff).RequireAuthorization(Policies.Staff);
        staff.MapGet("", async (
                IQuerySession session, NewsletterCampaigns campaigns, IEnumerable<OfferingTypeDefinition> types, CancellationToken ct) =>
            UiPages.Render<CampaignListPage>(new { Model = await ListAsync(session, campaigns, types, FormState.Empty(), ct) }));
        staff.MapPost("", DraftAsync);
        staff.MapGet("/{id:guid}", async (Guid id, NewsletterCampaigns campaigns, ITexts texts, CancellationToken ct) =>
        {
            if (await campaigns.FindAsync(id, ct) is not { } campaign)
            {
                return Results.NotFound();
            }
            var preview = await campaigns.PreviewAsync(id, ct);
            var problem = preview.Refusal?.Fields.Select(f => texts.Get(f.Code, f.Args)).FirstOrDefault();
            return UiPages.Render<CampaignPage>(new { Model = new CampaignDetailView(campaign, preview.Succeeded ? preview.Value : null, problem) });
        });
        staff.MapPost("/{id:guid}/senden", async (Guid id, HttpContext http, NewsletterCampaigns campaigns, ITexts texts, CancellationToken ct) =>
        {
            var result = await campaigns.SendAsync(id, ct);
            var path = $"{NewsletterPages.Staff}/{id}";
            return result.Refusal is { } refusal
                ? UiPages.Failed(http, path, texts.Reason(refusal))
                : UiPages.Done(http, path, texts.Get("integrations.newsletter.page.sending", TextArgs.Of(("count", result.Value.Queued))));
        });
    }

    private static async Task<CampaignListView> ListAsync(
        IQuerySession session, NewsletterCampaigns campaigns, IEnumerable<OfferingTypeDefinition> types, FormState form, CancellationToken ct) =>
        new(await NewsletterEndpoints.CountsAsync(session, ct), await campaigns.ListAsync(ct), form,
            types.Select(t => (t.Key, UiText.IsEnglish ? t.Name.En : t.Name.De)).ToList());

    private static async Task<IResult> DraftAsync(
        HttpContext http, IFormCollection form, IQuerySession session, NewsletterCampaigns campaigns, IEnumerable<OfferingTypeDefinition> types,
        ITexts texts, CancellationToken ct)
    {
        static List<string> Values(IFormCollection form, string name) => form[name].OfType<string>().Where(v => v.Length > 0).ToList();
        var segment = new Segment(Values(form, "levels"), Values(form, "topics"), Values(form, "federalStates"), Values(form, "sizeClasses"),
            Values(form, "offeringTypes"));
        var result = await campaigns.DraftAsync(new DraftCampaign(form["subject"], form["body"], form["language"], segment), ct);
        if (result.Succeeded)
        {
            return UiPages.Done(http, $"{NewsletterPages.Staff}/{result.Value.Id}", texts.Get("integrations.newsletter.page.drafted"));
        }
        var state = FormState.From(form);
        foreach (var error in result.Refusal!.Fields)
        {
            state.AddError(error.Field.Replace("segment.", "", StringComparison.Ordinal), texts.Get(error.Code, error.Args));
        }
        var view = await ListAsync(session, campaigns, types, state, ct);
        return UiPages.Render<CampaignListPage>(new { Model = view }, StatusCodes.Status400BadRequest);
    }
}
