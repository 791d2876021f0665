using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>
/// The SME edits a canvas: one note per line in each of the nine blocks. The version the form was based on
/// travels in a hidden field and is the expected version of <see cref="CanvasHandler"/>, as the API's If-Match is; a stale save shows the stored
/// state and keeps the input.
/// </summary>
internal static class CanvasPages
{
    public static void MapCanvasPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(SprintPages.Path + "/{id:guid}/canvas/{kind}", ShowAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(SprintPages.Path + "/{id:guid}/canvas/{kind}", SaveAsync).RequireAuthorization(Policies.OrganisationMember);
    }

    private static async Task<IResult> ShowAsync(Guid id, string kind, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind) || await SprintPages.Own(session, http, id, ct) is not { } engagement)
        {
            return Results.NotFound();
        }
        var current = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(id, kind), ct);
        return UiPages.Render<CanvasPage>(new { Model = new CanvasPageModel(engagement, kind, current), State = Filled(current) });
    }

    private static async Task<IResult> SaveAsync(Guid id, string kind, IFormCollection form, HttpContext http, IDocumentSession session,
        TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind) || await SprintPages.Own(session, http, id, ct) is null)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        long? expected = long.TryParse(state.Value("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
        string[] Notes(string block) => state.Lines("blocks." + block);
        var blocks = new CanvasBlocks(Notes("keyPartners"), Notes("keyActivities"), Notes("keyResources"), Notes("valuePropositions"),
            Notes("customerRelationships"),
            Notes("channels"), Notes("customerSegments"), Notes("costStructure"), Notes("revenueStreams"));
        var refusal = (await CanvasHandler.SaveAsync(id, kind, new CanvasInput(blocks), expected, http, session, clock, ct)).Refusal;
        if (refusal is null)
        {
            return UiPages.Done(http, $"{SprintPages.Path}/{id}#canvas",
                texts.Get("sprints.canvas-saved", TextArgs.Of(("canvas", SprintWords.Canvas(texts, kind)))));
        }
        if (refusal.Kind == RefusalKind.NotFound)
        {
            return Results.NotFound();
        }
        var current = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(id, kind), ct);
        var engagement = (await SprintPages.Own(session, http, id, ct))!;
        // The form names no block limits of its own: every block's error says them all.
        state.Absorb(refusal with { Fields = [.. refusal.Fields.Select(f => f with { Code = "sprints.canvas-notes-limit", Args = TextArgs.None })] },
            texts);
        var stale = refusal.Kind == RefusalKind.Stale;
        if (stale)
        {
            state.Summary = texts.Get("sprints.canvas-saved-meanwhile", TextArgs.Of(("version", current?.Version)));
            state.With("version", current?.Version.ToString(CultureInfo.InvariantCulture));
        }
        else if (refusal.Kind == RefusalKind.Conflict)
        {
            state.Summary = texts.Get("sprints.canvas-kept");
        }
        var status = refusal switch
        {
            { Code: CanvasDecider.VersionRequired } => StatusCodes.Status428PreconditionRequired,
            { Kind: RefusalKind.Stale } => StatusCodes.Status412PreconditionFailed,
            { Kind: RefusalKind.Conflict } => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return UiPages.Render<CanvasPage>(new { Model = new CanvasPageModel(engagement, kind, current), State = state, Stale = stale }, status);
    }

    private static FormState Filled(BusinessCanvas? canvas)
    {
        var state = FormState.Empty().With("version", canvas?.Version.ToString(CultureInfo.InvariantCulture));
        foreach (var (block, items) in (canvas?.Blocks ?? CanvasBlocks.Empty).All)
        {
            state.With("blocks." + block, string.Join('\n', items));
        }
        return state;
    }
}
