namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// A writing request's place among the writes the host lets work at once (<c>Web:ConcurrentWrites</c>). The limit
/// exists so that writes waiting for a row lock do not hold every database connection. A write that waits
/// without holding a connection, e.g. in a module's in-memory queue whose one transaction serves many requests,
/// gives its place up so that other writes go on meanwhile; such a queue then needs its own bound. Read it with
/// <c>HttpContext.Features.Get&lt;IWriteSlotFeature&gt;()</c>; reads (GET, HEAD, OPTIONS) have none.
/// </summary>
public interface IWriteSlotFeature
{
    /// <summary>Gives the place up; the host gives it up itself when the request ends. Later calls do nothing.</summary>
    void Release();
}
