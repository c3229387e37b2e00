using Registry.Rules.Compilation;

namespace Registry.Rules.Tests;

/// <summary>
/// Condition errors in Chinese for the designer's zh-CN pages: the parser's (English) message kinds an author meets are said
/// in Chinese with the names they quote and the parser's position; only an unmapped kind quotes the English text.
/// </summary>
public sealed class ParseErrorTextTests
{
    private const string Set = """
        { "WorkflowName": "scratch", "Kind": "review", "Version": 1, "Rules": [ {
          "RuleName": "REG-SCRATCH-PARSE", "Expression": "EXPR",
          "Properties": { "Ref": "GEN-97", "NameZh": "解析", "NameEn": "Parse", "Category": "unit", "Severity": "warn", "Version": 1,
            "EffectiveFrom": "2024-06-01", "BusinessTypes": ["*"], "Stages": ["REVIEW"], "MessageZh": "测试", "MessageEn": "test" } } ] }
        """;

    private static RuleSetValidationError Error(string expression)
    {
        var json = Set.Replace("EXPR", expression.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return Assert.Single(RuleSetCatalogue.ValidateRuleSet(json, "scratch.json"));
    }

    // Position -1: the error comes from building the expression, not from the parser's scan, and has no position.
    [Theory]
    [InlineData("f.Unit.Nope == 1", "类型 UnitSnapshot 没有属性“Nope”", 7)]
    [InlineData("nothing.Here", "未知的名称“nothing”", 0)]
    [InlineData("f.Unit.Code == \"abc", "字符串缺少结束的引号", 19)]
    [InlineData("f.Unit.Code", "类型不符：此处的表达式须为布尔值（真/假）", 0)]
    [InlineData("f.Unit.Seizures.Any(z => z.IsEffectiveOn(f.Today)", "此处缺少“)”或“,”", 49)]
    [InlineData("f.Case.BusinessType == ", "此处缺少表达式", 23)]
    [InlineData("f.Unit.Code == \"a\" ]", "语法错误", 19)]
    [InlineData("f.Unit.Code > 3", "类型不符：字符串和整数不能比较大小", -1)]
    [InlineData("f.Unit.Code == 'a'", "类型不符：运算符“==”不能用于字符串和Char", -1)]
    [InlineData("f.Case.Parties.Count == \"x\"", "类型不符：“x”不是有效的整数", -1)]
    public void CommonKinds_AreSaidInChinese_WithThePosition(string expression, string zh, int position)
    {
        var error = Error(expression);

        Assert.NotNull(error.DetailZh);
        Assert.Contains(zh, error.DetailZh, StringComparison.Ordinal);
        Assert.Equal(position < 0 ? null : position, error.Position);
        Assert.DoesNotContain("expected", error.DetailZh, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("exists in type", error.DetailZh, StringComparison.Ordinal);
        Assert.True(ParseErrorText.IsKnown(error.Message[(error.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]), error.Message);
    }

    [Fact]
    public void TheDesignersIssue_IsAChineseSentence_NamingTheFieldAsTheFormLabelsIt()
    {
        var engine = new Publishing.RuleSetDraftEngine(TestCatalogue.Instance, null, new RuleSetCompilationCache(), null);
        var json = Set.Replace("EXPR", "f.Unit.Nope == 1", StringComparison.Ordinal);

        var issue = Assert.Single(engine.Validate(json));

        Assert.Equal(("Expression", 7), (issue.Field, issue.Position));
        Assert.Equal("规则 REG-SCRATCH-PARSE 的条件（第 7 个字符处）有误：类型 UnitSnapshot 没有属性“Nope”（可用属性见右侧的事实模型参考）", issue.MessageZh);
        Assert.Contains("No property or field 'Nope' exists in type 'UnitSnapshot'", issue.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnmappedKind_QuotesTheParserInsideAChineseSentence()
    {
        var zh = ParseErrorText.Zh("The 'Foo' function requires one argument (at index 3)");
        Assert.Equal("条件无法解析（解析器原文：The 'Foo' function requires one argument）", zh);
        Assert.False(ParseErrorText.IsKnown("The 'Foo' function requires one argument"));
    }
}
