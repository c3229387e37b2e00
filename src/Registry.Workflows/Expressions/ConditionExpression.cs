using System.Collections.Immutable;
using System.Globalization;

namespace Registry.Workflows.Expressions;

/// <summary>
/// A tiny, safe condition language over instance variables: comparisons (== != &lt; &lt;= &gt; &gt;=),
/// and/or/not (also &amp;&amp; || !), parentheses, literals (numbers, 'strings', true, false, null) and variable names.
/// No calls, no member access, no allocation beyond the parse: it cannot reach anything but the variables.
/// Variables are strings; a comparison is numeric when both sides parse as numbers, boolean when both are true/false,
/// otherwise ordinal string comparison. A missing variable is null.
/// </summary>
internal sealed class ConditionExpression
{
    private readonly Node _root;

    private ConditionExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    public static ConditionExpression Parse(string text)
    {
        var parser = new Parser(Tokenize(text), text);
        var root = parser.ParseOr();
        parser.ExpectEnd();
        return new ConditionExpression(text, root);
    }

    public bool Evaluate(ImmutableDictionary<string, string> variables) => Truthy(_root.Eval(variables));

    private static bool Truthy(string? value) =>
        value is not null && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) && value.Length > 0 && value != "0";

    private static string Bool(bool value) => value ? "true" : "false";

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '\'' or '"')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Unterminated string at position {i} in '{text}'.");
                }

                tokens.Add(new Token(TokenKind.String, text[(i + 1)..end], i));
                i = end + 1;
                continue;
            }

            if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(word switch
                {
                    "and" => new Token(TokenKind.Op, "&&", start),
                    "or" => new Token(TokenKind.Op, "||", start),
                    "not" => new Token(TokenKind.Op, "!", start),
                    "true" or "false" => new Token(TokenKind.Bool, word, start),
                    "null" => new Token(TokenKind.Null, word, start),
                    _ => new Token(TokenKind.Identifier, word, start),
                });
                continue;
            }

            var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
            if (two is "==" or "!=" or "<=" or ">=" or "&&" or "||")
            {
                tokens.Add(new Token(TokenKind.Op, two, i));
                i += 2;
                continue;
            }

            if (c is '<' or '>' or '!' or '(' or ')')
            {
                tokens.Add(new Token(TokenKind.Op, c.ToString(), i));
                i++;
                continue;
            }

            throw new FormatException($"Unexpected character '{c}' at position {i} in '{text}'.");
        }

        return tokens;
    }

    private enum TokenKind
    {
        Identifier,
        Number,
        String,
        Bool,
        Null,
        Op,
    }

    private sealed record Token(TokenKind Kind, string Text, int Position);

    private sealed class Parser(List<Token> tokens, string text)
    {
        private int _pos;

        public Node ParseOr()
        {
            var left = ParseAnd();
            while (Accept("||"))
            {
                left = new Binary("||", left, ParseAnd());
            }

            return left;
        }

        public void ExpectEnd()
        {
            if (_pos < tokens.Count)
            {
                throw new FormatException($"Unexpected '{tokens[_pos].Text}' at position {tokens[_pos].Position} in '{text}'.");
            }
        }

        private Node ParseAnd()
        {
            var left = ParseNot();
            while (Accept("&&"))
            {
                left = new Binary("&&", left, ParseNot());
            }

            return left;
        }

        private Node ParseNot() => Accept("!") ? new Not(ParseNot()) : ParseComparison();

        private Node ParseComparison()
        {
            var left = ParsePrimary();
            foreach (var op in (string[])["==", "!=", "<=", ">=", "<", ">"])
            {
                if (Accept(op))
                {
                    return new Binary(op, left, ParsePrimary());
                }
            }

            return left;
        }

        private Node ParsePrimary()
        {
            if (_pos >= tokens.Count)
            {
                throw new FormatException($"Unexpected end of condition '{text}'.");
            }

            var token = tokens[_pos++];
            switch (token.Kind)
            {
                case TokenKind.Identifier:
                    return new Variable(token.Text);
                case TokenKind.Number:
                case TokenKind.String:
                case TokenKind.Bool:
                    return new Literal(token.Text);
                case TokenKind.Null:
                    return new Literal(null);
                default:
                    if (token.Text == "(")
                    {
                        var inner = ParseOr();
                        if (!Accept(")"))
                        {
                            throw new FormatException($"Missing ')' in '{text}'.");
                        }

                        return inner;
                    }

                    throw new FormatException($"Unexpected '{token.Text}' at position {token.Position} in '{text}'.");
            }
        }

        private bool Accept(string op)
        {
            if (_pos < tokens.Count && tokens[_pos].Kind == TokenKind.Op && tokens[_pos].Text == op)
            {
                _pos++;
                return true;
            }

            return false;
        }
    }

    private abstract class Node
    {
        public abstract string? Eval(ImmutableDictionary<string, string> variables);
    }

    private sealed class Literal(string? value) : Node
    {
        public override string? Eval(ImmutableDictionary<string, string> variables) => value;
    }

    private sealed class Variable(string name) : Node
    {
        public override string? Eval(ImmutableDictionary<string, string> variables) => variables.GetValueOrDefault(name);
    }

    private sealed class Not(Node operand) : Node
    {
        public override string? Eval(ImmutableDictionary<string, string> variables) => Bool(!Truthy(operand.Eval(variables)));
    }

    private sealed class Binary(string op, Node left, Node right) : Node
    {
        public override string? Eval(ImmutableDictionary<string, string> variables)
        {
            switch (op)
            {
                case "&&":
                    return Bool(Truthy(left.Eval(variables)) && Truthy(right.Eval(variables)));
                case "||":
                    return Bool(Truthy(left.Eval(variables)) || Truthy(right.Eval(variables)));
            }

            var l = left.Eval(variables);
            var r = right.Eval(variables);
            if (l is null || r is null)
            {
                return op switch
                {
                    "==" => Bool(l is null && r is null),
                    "!=" => Bool(!(l is null && r is null)),
                    _ => Bool(false),
                };
            }

            int cmp;
            if (double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var ln)
                && double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var rn))
            {
                cmp = ln.CompareTo(rn);
            }
            else if (bool.TryParse(l, out var lb) && bool.TryParse(r, out var rb))
            {
                cmp = lb.CompareTo(rb);
            }
            else
            {
                cmp = string.CompareOrdinal(l, r);
            }

            return Bool(op switch
            {
                "==" => cmp == 0,
                "!=" => cmp != 0,
                "<" => cmp < 0,
                "<=" => cmp <= 0,
                ">" => cmp > 0,
                ">=" => cmp >= 0,
                _ => throw new InvalidOperationException($"Unknown operator {op}."),
            });
        }
    }
}
