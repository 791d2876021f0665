using System.Reflection;
using Kompetenzzentrum.Contracts.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>
/// Parses and renders Scriban templates inside limits: loops, recursion, object depth, output size, time
/// and allocated memory are bounded; HTML templates escape what they write (<see cref="SandboxContext"/>);
/// there is no template loader (no <c>include</c> of files) and the model exposes its public
/// properties only, no methods, so a template reaches nothing beyond the data it is given.
/// </summary>
internal static class ScribanSandbox
{
    public const int LoopLimit = 10_000;
    public const int RecursionLimit = 32;
    public const int OutputLimit = 512 * 1024;
    public const long MemoryBudget = 64L * 1024 * 1024;
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    public static Template Parse(string source, out IReadOnlyList<TemplateError> errors)
    {
        var template = Template.Parse(source);
        errors = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TemplateError(m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        return template;
    }

    public static string Render(Template template, object? model, TemplateFormat format = TemplateFormat.Text)
    {
        var globals = new ScriptObject();
        if (model is not null)
        {
            globals.Import(model, filter: IsProperty, renamer: StandardMemberRenamer.Default);
        }
        var output = new LimitedOutput(OutputLimit);
        var context = new SandboxContext(format == TemplateFormat.Html, TimeBudget, MemoryBudget)
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            ObjectRecursionLimit = RecursionLimit,
            // Scriban also cuts every string conversion at this length, including a loop's whole output.
            LimitToString = OutputLimit,
            RegexTimeOut = TimeBudget,
            TemplateLoader = null,
            MemberFilter = IsProperty,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = false,
        };
        context.PushGlobal(globals);
        context.PushOutput(output);
        template.Render(context);
        return output.ToString();
    }

    /// <summary>Parses and test-renders; every problem with its position.</summary>
    public static IReadOnlyList<TemplateError> Validate(string source, object? sampleModel)
    {
        var template = Parse(source, out var errors);
        if (errors.Count > 0)
        {
            return errors;
        }
        try
        {
            Render(template, sampleModel);
            return [];
        }
        catch (ScriptRuntimeException ex)
        {
            return [new TemplateError(ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage)];
        }
        catch (InvalidOperationException ex)
        {
            return [new TemplateError(1, 1, ex.Message)];
        }
    }

    private static bool IsProperty(MemberInfo member) => member is PropertyInfo { CanRead: true };
}
