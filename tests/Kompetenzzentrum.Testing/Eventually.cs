namespace Kompetenzzentrum.Testing;

/// <summary>Polls for something that happens in the background (a job, an async projection).</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (value is not null && done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"condition not met within {(timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds} s; last value: {value}");
            }
            await Task.Delay(200);
        }
    }
}
