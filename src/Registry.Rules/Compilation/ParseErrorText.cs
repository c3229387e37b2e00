using System.Text.RegularExpressions;

namespace Registry.Rules.Compilation;

/// <summary>
/// The condition parser's (System.Linq.Dynamic.Core) English messages in Chinese, for the rule designer's zh-CN pages:
/// the kinds an author meets (unknown name or property, syntax error, type mismatch, unterminated string, expected token)
/// are said in Chinese with the names they quote; anything else is quoted in English inside a Chinese sentence.
/// The position is added by the caller (the parser reports it apart from the text).
/// </summary>
internal static partial class ParseErrorText
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] Known =
    [
        (new(@"^Unknown identifier '(?<a>[^']*)'$"), m => $"未知的名称“{m.Groups["a"].Value}”：事实模型和函数中都没有它（条件只能读取 f、m 及参考面板列出的类型）"),
        (new(@"^No property or field '(?<a>[^']*)' exists in type '(?<b>[^']*)'$"), m => $"类型 {Type(m, "b")} 没有属性“{m.Groups["a"].Value}”（可用属性见右侧的事实模型参考）"),
        (new(@"^No applicable method '(?<a>[^']*)' exists in type '(?<b>[^']*)'$"), m => $"类型 {Type(m, "b")} 没有可用的方法“{m.Groups["a"].Value}”（名称或参数不符）"),
        (new(@"^Syntax error '(?<a>.*)'$"), m => $"语法错误：此处不应出现“{m.Groups["a"].Value}”"),
        (new(@"^Syntax error$"), _ => "语法错误"),
        (new(@"^Unterminated string literal$"), _ => "字符串缺少结束的引号"),
        (new(@"^Unexpected end of string with unclosed string at position \d+ near '(?<a>.*)'\.$"), m => $"字符串在“{m.Groups["a"].Value}”附近缺少结束的引号"),
        (new(@"^Expression of type '(?<a>[^']*)' expected$"), m => $"类型不符：此处的表达式须为{Type(m, "a")}"),
        (new(@"^Operator '(?<a>[^']*)' incompatible with operand types '(?<b>[^']*)' and '(?<c>[^']*)'$"), m => $"类型不符：运算符“{m.Groups["a"].Value}”不能用于{Type(m, "b")}和{Type(m, "c")}"),
        (new(@"^Operator '(?<a>[^']*)' incompatible with operand type '(?<b>[^']*)'$"), m => $"类型不符：运算符“{m.Groups["a"].Value}”不能用于{Type(m, "b")}"),
        (new(@"^A value of type '(?<a>[^']*)' cannot be converted to type '(?<b>[^']*)'$"), m => $"类型不符：{Type(m, "a")}的值不能转换为{Type(m, "b")}"),
        (new(@"^The binary operator (?<a>\w+) is not defined for the types '(?<b>[^']*)' and '(?<c>[^']*)'\.?$"), m => $"类型不符：运算符“{Operator(m.Groups["a"].Value)}”不能用于{Type(m, "b")}和{Type(m, "c")}"),
        (new(@"^Method 'Compare' not found on type '(?<a>[^']*)' or '(?<b>[^']*)'$"), m => $"类型不符：{Type(m, "a")}和{Type(m, "b")}不能比较大小"),
        (new(@"^(?<a>.*) is not a valid value for (?<b>\w+)\.( \(Parameter 'value'\))?$"), m => $"类型不符：“{m.Groups["a"].Value}”不是有效的{Type(m, "b")}"),
        (new(@"^Types '(?<a>[^']*)' and '(?<b>[^']*)' are incompatible$"), m => $"类型不符：{Type(m, "a")}与{Type(m, "b")}不兼容"),
        (new(@"^(Neither|Both) of the types '(?<a>[^']*)' and '(?<b>[^']*)' converts? to the other$"), m => $"类型不符：{Type(m, "a")}与{Type(m, "b")}无法比较"),
        (new(@"^Enum value '(?<a>[^']*)' is not defined in enum type '(?<b>[^']*)'$"), m => $"枚举 {m.Groups["b"].Value} 中没有值“{m.Groups["a"].Value}”"),
        (new(@"^(Enum type|Type) '(?<a>[^']*)' not found$"), m => $"找不到类型“{m.Groups["a"].Value}”"),
        (new(@"^Expression expected$"), _ => "此处缺少表达式"),
        (new(@"^Identifier expected$"), _ => "此处缺少名称（标识符）"),
        (new(@"^Digit expected$"), _ => "此处应为数字"),
        (new(@"^(?<a>('[^']+'|Identifier)( or ('[^']+'|Identifier|operator|string literal))*) expected$"), m => $"此处缺少{Tokens(m.Groups["a"].Value)}"),
    ];

    /// <summary>The Chinese text for the parser's <paramref name="english"/> message.</summary>
    public static string Zh(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        var text = AtIndex().Replace(english.Trim(), string.Empty);
        foreach (var (pattern, zh) in Known)
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                return zh(m);
            }
        }

        return $"条件无法解析（解析器原文：{text}）";
    }

    /// <summary>True when <paramref name="english"/> is one of the kinds said in Chinese (not quoted).</summary>
    public static bool IsKnown(string english) =>
        english is not null && Known.Any(k => k.Pattern.IsMatch(AtIndex().Replace(english.Trim(), string.Empty)));

    // Fact and system types the way an author reads them; fact types keep their names (the reference panel uses them).
    private static string Type(Match m, string group) => m.Groups[group].Value.Replace("System.", string.Empty, StringComparison.Ordinal) switch
    {
        "Boolean" or "Boolean?" => "布尔值（真/假）",
        "String" => "字符串",
        "Int32" or "Int64" or "Int32?" or "Int64?" => "整数",
        "Decimal" or "Double" or "Decimal?" or "Double?" => "数值",
        "DateOnly" or "DateOnly?" => "日期",
        "DateTimeOffset" or "DateTime" or "DateTimeOffset?" or "DateTime?" => "时间",
        var name => name,
    };

    private static string Operator(string name) => name switch
    {
        "Equal" => "==",
        "NotEqual" => "!=",
        "GreaterThan" => ">",
        "GreaterThanOrEqual" => ">=",
        "LessThan" => "<",
        "LessThanOrEqual" => "<=",
        "Add" => "+",
        "Subtract" => "-",
        "Multiply" => "*",
        "Divide" => "/",
        "AndAlso" => "&&",
        "OrElse" => "||",
        _ => name,
    };

    private static string Tokens(string expected) =>
        string.Join("或", expected.Split(" or ").Select(t => t switch
        {
            "Identifier" => "名称",
            "operator" => "运算符",
            "string literal" => "字符串",
            _ => $"“{t.Trim('\'')}”",
        }));

    [GeneratedRegex(@" \(at index \d+\)$")]
    private static partial Regex AtIndex();
}
