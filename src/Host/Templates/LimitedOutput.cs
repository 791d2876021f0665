using System.Text;
using Scriban.Runtime;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>Template output that stops a render once it has written more than its limit.</summary>
internal sealed class LimitedOutput(int limit) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > limit)
        {
            throw new InvalidOperationException($"the output exceeds the limit of {limit} characters");
        }
        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
