using System.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>
/// The render context of <see cref="ScribanSandbox"/>: a time and an allocation budget checked before every
/// node it evaluates (Scriban's own limits bound loops, recursion and string sizes, not how long or how much
/// a render takes in sum), and for HTML templates, escaping of every value written, unless the template marks
/// it as HTML itself with <c>html.raw</c> or has already escaped it with <c>html.escape</c>.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    private readonly bool _escapeHtml;
    private long _deadline;
    private readonly long _allocationLimit;
    private readonly TimeSpan _timeBudget;
    private readonly long _memoryBudget;

    public SandboxContext(bool escapeHtml, TimeSpan timeBudget, long memoryBudget)
    {
        _escapeHtml = escapeHtml;
        _timeBudget = timeBudget;
        _memoryBudget = memoryBudget;
        // Renders are synchronous: everything this render allocates is allocated on this thread.
        _allocationLimit = GC.GetAllocatedBytesForCurrentThread() + memoryBudget;
        PushGlobal(HtmlFunctionsWithMarks());
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var now = Stopwatch.GetTimestamp();
        if (_deadline == 0)
        {
            // The clock starts with the template, not with setting up the built-in functions.
            _deadline = now + (long)(_timeBudget.TotalSeconds * Stopwatch.Frequency);
        }
        else if (now > _deadline)
        {
            throw new ScriptRuntimeException(
                scriptNode?.Span ?? default, $"the template ran longer than its budget of {_timeBudget.TotalSeconds:0.#} s");
        }
        if (GC.GetAllocatedBytesForCurrentThread() > _allocationLimit)
        {
            throw new ScriptRuntimeException(
                scriptNode?.Span ?? default, $"the template used more than its budget of {_memoryBudget / 1024 / 1024} MB");
        }
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!_escapeHtml || textAsObject is null or HtmlText)
        {
            return base.Write(span, textAsObject);
        }
        var text = ObjectToString(textAsObject, false);
        return text is null ? this : Write(HtmlFunctions.Escape(text));
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is HtmlText html ? html.Html : base.ObjectToString(value, nested);

    // Shadows the built-in html object: escape marks its result as HTML (so templates written before escaping
    // was automatic are not escaped twice), raw marks a value as HTML without escaping it.
    private ScriptObject HtmlFunctionsWithMarks()
    {
        var html = new ScriptObject();
        if (BuiltinObject["html"] is ScriptObject builtin)
        {
            foreach (var (name, function) in builtin)
            {
                html[name] = function;
            }
        }
        html.Import("escape", new Func<string?, HtmlText?>(text => text is null ? null : new HtmlText(HtmlFunctions.Escape(text) ?? "")));
        html.Import("raw", new Func<string?, HtmlText?>(text => text is null ? null : new HtmlText(text)));
        var globals = new ScriptObject { ["html"] = html };
        return globals;
    }

    /// <summary>Text that is HTML already: written as it is.</summary>
    private sealed record HtmlText(string Html)
    {
        public override string ToString() => Html;
    }
}
