using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Parse_WorkedExample_Succeeds()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        Assert.Equal("350100", code.DivisionCode);
    }

    [Fact]
    public void Parse_ForbiddenLetter_NamesPosition()
    {
        var ex = Assert.Throws<DomainValidationException>(() => UnifiedSocialCreditCode.Parse("91I50100M000100Y43"));

        Assert.Equal("creditCode", ex.Field);
        Assert.Equal("credit code position 3: 'I' is not allowed", ex.Reason);
    }

    [Fact]
    public void Parse_WrongCheckCharacter_SaysExpected()
    {
        var ex = Assert.Throws<DomainValidationException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        Assert.Equal("credit code check character should be 3", ex.Reason);
    }

    [Fact]
    public void TryParse_WrongLength_ReturnsReason()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y4", out _, out var error));
        Assert.Equal("credit code must have 18 characters, not 17", error);
    }

    [Fact]
    public void ComputeCheckCharacter_WorkedExample_IsThree()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }
}
