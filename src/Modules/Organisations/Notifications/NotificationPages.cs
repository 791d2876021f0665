using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>"Benachrichtigungen": one box per reminder-type mail, over <see cref="NotificationHandlers"/>; an unticked box mutes the kind.</summary>
internal static class NotificationPages
{
    public const string Path = "/konto/benachrichtigungen";

    public static void MapNotificationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path, SaveAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var settings = await NotificationHandlers.GetAsync(http.User.AccountId()!.Value, session, ct);
        return settings.Succeeded ? Render(State(settings.Value), StatusCodes.Status200OK) : Results.NotFound();
    }

    private static async Task<IResult> SaveAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var ticked = NotificationSettings.Fields.Select(f => form[f.Field].ToString() is "true").ToArray();
        var settings = new NotificationSettings(ticked[0], ticked[1], ticked[2], ticked[3]);
        var saved = await NotificationHandlers.SetAsync(http.User.AccountId()!.Value, settings, session, clock, ct);
        if (saved.Succeeded)
        {
            return UiPages.Done(http, Path, texts.Get("organisations.notifications.saved"));
        }
        return Render(State(settings).Absorb(saved.Refusal!, texts), StatusCodes.Status400BadRequest);
    }

    private static FormState State(NotificationSettings settings)
    {
        var state = FormState.Empty();
        foreach (var (kind, field) in NotificationSettings.Fields)
        {
            state.With(field, settings.Receives(kind) is true ? "true" : null);
        }
        return state;
    }

    private static IResult Render(FormState state, int status) => UiPages.Render<NotificationsPage>(new { State = state }, status);
}
