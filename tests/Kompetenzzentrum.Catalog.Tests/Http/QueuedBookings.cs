using System.Net;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Books a session while its lock is held, so that one booking works (and waits), some queue behind it and the rest find
/// the queue full; the lock is released only once every surplus booking has been answered, so none can arrive late and
/// take a place the first one has given up.
/// </summary>
internal static class QueuedBookings
{
    /// <summary>
    /// Sends one booking and then <paramref name="more"/>; waits until <paramref name="refused"/> of them are answered
    /// (each must be a 503, since the rest cannot finish while the lock is held), runs <paramref name="whileHeld"/>,
    /// releases the lock and returns every answer, the first booking's first.
    /// </summary>
    public static async Task<HttpResponseMessage[]> SendAsync(
        CatalogApi api, string connectionString, Guid session, int more, int refused, Func<Task>? whileHeld = null)
    {
        await using var held = await HeldSessionLock.TakeAsync(connectionString, session);
        var first = api.BookAsync(session, Guid.NewGuid());
        await held.WaitForWaiterAsync();
        var rest = Enumerable.Range(0, more).Select(_ => api.BookAsync(session, Guid.NewGuid())).ToList();
        var pending = rest.ToList();
        for (var answered = 0; answered < refused; answered++)
        {
            var done = await Task.WhenAny(pending).WaitAsync(TimeSpan.FromSeconds(20));
            pending.Remove(done);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await done).StatusCode);
        }
        if (whileHeld is not null)
        {
            await whileHeld();
        }
        await held.ReleaseAsync();
        return await Task.WhenAll([first, .. rest]);
    }
}
