using System.Text.RegularExpressions;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// The names of the types a C# file declares outside any other type, read from its text: comments, strings (also
/// verbatim, raw and interpolated ones) and character literals are skipped, so only code counts. Enough C# for our
/// sources, not a compiler.
/// </summary>
internal static partial class TopLevelTypes
{
    private static readonly HashSet<string> Kinds = ["class", "struct", "interface", "enum", "record"];

    public static IReadOnlyList<string> In(string source)
    {
        var tokens = new Lexer(source).Tokens();
        var names = new List<string>();
        var scopes = new Stack<bool>(); // true: a namespace block, whose members are still top-level
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var topLevel = scopes.All(s => s);
            if (token == "{")
            {
                scopes.Push(false);
            }
            else if (token == "}")
            {
                scopes.TryPop(out _);
            }
            else if (topLevel && token == "namespace")
            {
                while (i < tokens.Count && tokens[i] is not ("{" or ";"))
                {
                    i++;
                }
                if (i < tokens.Count && tokens[i] == "{")
                {
                    scopes.Push(true);
                }
            }
            else if (topLevel && token == "delegate")
            {
                // delegate ReturnType Name<T>(...): the last name before the parameters, outside type arguments.
                var (angles, name) = (0, "");
                for (i++; i < tokens.Count && tokens[i] is not ("(" or ";"); i++)
                {
                    angles += tokens[i] switch { "<" => 1, ">" => -1, _ => 0 };
                    name = angles == 0 && IsName(tokens[i]) ? tokens[i] : name;
                }
                names.Add(name);
            }
            else if (topLevel && Kinds.Contains(token) && i + 1 < tokens.Count)
            {
                var at = token == "record" && tokens[i + 1] is "class" or "struct" ? i + 2 : i + 1;
                if (at >= tokens.Count || !IsName(tokens[at]))
                {
                    continue; // 'record' as an ordinary name
                }
                names.Add(tokens[at]);
                // Past type parameters, primary constructor, bases and constraints to the body or the ';'.
                var depth = 0;
                for (i = at + 1; i < tokens.Count; i++)
                {
                    depth += tokens[i] switch { "(" or "[" => 1, ")" or "]" => -1, _ => 0 };
                    if (depth == 0 && tokens[i] is "{" or ";")
                    {
                        break;
                    }
                }
                if (i < tokens.Count && tokens[i] == "{")
                {
                    scopes.Push(false);
                }
            }
        }
        return names;
    }

    private static bool IsName(string token) => NamePattern().IsMatch(token);

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\G(\$*)(@?)(\$*)(""+)")]
    private static partial Regex StringStart();

    /// <summary>Splits code into names and single punctuation characters; literals and comments leave nothing.</summary>
    private sealed class Lexer(string s)
    {
        private readonly List<string> _tokens = [];

        public List<string> Tokens()
        {
            Code(0, hole: false);
            return _tokens;
        }

        // Reads code from i; in an interpolation hole, up to and past the '}' that closes it.
        private int Code(int i, bool hole)
        {
            var braces = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '/' && At(i, "//"))
                {
                    i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
                }
                else if (c == '/' && At(i, "/*"))
                {
                    i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;
                }
                else if (c == '\'')
                {
                    var from = i + (At(i + 1, "\\") ? 3 : 2);
                    i = from < s.Length && s.IndexOf('\'', from) is var end and >= 0 ? end + 1 : s.Length;
                }
                else if (c is '"' or '$' or '@' && StringStart().Match(s, i) is { Success: true } start)
                {
                    i = String(start);
                }
                else if (char.IsLetter(c) || c == '_' || (c == '@' && i + 1 < s.Length && char.IsLetter(s[i + 1])))
                {
                    var from = c == '@' ? i + 1 : i;
                    for (i = from; i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'); i++)
                    {
                    }
                    _tokens.Add(s[from..i]);
                }
                else if (char.IsWhiteSpace(c) || char.IsDigit(c))
                {
                    i++;
                }
                else
                {
                    if (hole && c == '}' && braces-- == 0)
                    {
                        return i + 1;
                    }
                    braces += hole && c == '{' ? 1 : 0;
                    _tokens.Add(c.ToString());
                    i++;
                }
            }
            return i;
        }

        private int String(Match start)
        {
            var dollars = start.Groups[1].Length + start.Groups[3].Length;
            var verbatim = start.Groups[2].Length > 0;
            var quotes = start.Groups[4].Length;
            var i = start.Groups[4].Index;
            if (quotes >= 3 && !verbatim)
            {
                // Raw: ends at as many quotes as it began with; holes open with as many braces as there were dollars.
                var close = new string('"', quotes);
                var open = new string('{', Math.Max(dollars, 1));
                for (i += quotes; i < s.Length;)
                {
                    if (At(i, close))
                    {
                        return i + quotes;
                    }
                    i = dollars > 0 && At(i, open) && !At(i, open + "{") ? Code(i + dollars, hole: true) : i + 1;
                }
                return s.Length;
            }
            if (quotes == 2 && !verbatim)
            {
                return i + 2;
            }
            for (i++; i < s.Length;)
            {
                var c = s[i];
                if (verbatim && At(i, "\"\""))
                {
                    i += 2;
                }
                else if (c == '"')
                {
                    return i + 1;
                }
                else if (!verbatim && c == '\\')
                {
                    i += 2;
                }
                else if (!verbatim && c == '\n')
                {
                    return i;
                }
                else if (dollars > 0 && (At(i, "{{") || At(i, "}}")))
                {
                    i += 2;
                }
                else
                {
                    i = dollars > 0 && c == '{' ? Code(i + 1, hole: true) : i + 1;
                }
            }
            return s.Length;
        }

        private bool At(int i, string text) => i < s.Length && string.CompareOrdinal(s, i, text, 0, text.Length) == 0;
    }
}
