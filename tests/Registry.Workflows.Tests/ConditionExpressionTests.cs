using System.Collections.Immutable;
using Registry.Workflows.Expressions;

namespace Registry.Workflows.Tests;

public sealed class ConditionExpressionTests
{
    private static readonly ImmutableDictionary<string, string> Vars = ImmutableDictionary<string, string>.Empty
        .Add("area", "120.5").Add("buyer.count", "2").Add("exempt", "false").Add("kind", "resale").Add("mortgaged", "true");

    [Theory]
    [InlineData("area > 90", true)]
    [InlineData("area >= 144", false)]
    [InlineData("area > 100 and buyer.count == 2", true)]
    [InlineData("area > 200 or kind == 'resale'", true)]
    [InlineData("not exempt", true)]
    [InlineData("!(mortgaged) || exempt", false)]
    [InlineData("kind != \"new\" && (area < 130)", true)]
    [InlineData("missing == null", true)]
    [InlineData("missing > 3", false)]
    [InlineData("mortgaged", true)]
    [InlineData("10 < 9", false)]
    [InlineData("buyer.count == 2.0", true)]
    public void Evaluate_ComparesAndCombines(string text, bool expected) =>
        Assert.Equal(expected, ConditionExpression.Parse(text).Evaluate(Vars));

    [Theory]
    [InlineData("area >")]
    [InlineData("(area > 1")]
    [InlineData("area = 1")]
    [InlineData("System.IO.File.Delete('x')")]
    [InlineData("'open")]
    public void Parse_InvalidOrUnsafeText_Throws(string text) =>
        Assert.Throws<FormatException>(() => ConditionExpression.Parse(text));
}
