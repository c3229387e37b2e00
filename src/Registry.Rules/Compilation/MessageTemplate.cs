using System.Text;

namespace Registry.Rules.Compilation;

/// <summary>A message template pre-split into literal text and fact placeholders ({Name}).</summary>
internal sealed class MessageTemplate
{
    private readonly (string Text, int FactIndex)[] _segments;

    public MessageTemplate(string template, IReadOnlyList<string> factNames)
    {
        var segments = new List<(string, int)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                segments.Add((template[i..], -1));
                break;
            }

            if (open > i)
            {
                segments.Add((template[i..open], -1));
            }

            var name = template[(open + 1)..close];
            segments.Add((name, IndexOf(factNames, name)));
            i = close + 1;
        }

        _segments = [.. segments];
    }

    public string Render(string?[] values)
    {
        var sb = new StringBuilder(64);
        foreach (var (text, idx) in _segments)
        {
            sb.Append(idx < 0 ? text : values[idx] ?? "—");
        }

        return sb.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
