using Kompetenzzentrum.Modules.Sprints.Notifications;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>What the workshop handlers need, bound as one parameter by the endpoints and the pages.</summary>
internal sealed record WorkshopServices(
    HttpContext Http,
    IDocumentSession Session,
    TimeProvider Clock,
    SprintMailer Mailer,
    ISchedulerFactory Schedulers,
    ILogger<SprintMailer> Logger)
{
    public static ValueTask<WorkshopServices?> BindAsync(HttpContext http) => ValueTask.FromResult<WorkshopServices?>(new(http,
        Get<IDocumentSession>(http), Get<TimeProvider>(http), Get<SprintMailer>(http), Get<ISchedulerFactory>(http),
        Get<ILogger<SprintMailer>>(http)));

    private static T Get<T>(HttpContext http) where T : notnull =>
        (T)(http.RequestServices.GetService(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is not registered"));
}
