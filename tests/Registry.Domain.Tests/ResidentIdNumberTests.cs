using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 9, 18);

    [Fact]
    public void Parse_StandardSample_ReadsBirthDateAndSex()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X", Today);

        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal("110105", id.AddressCode);
        Assert.False(id.IsMale);
    }

    [Fact]
    public void Parse_LowercaseX_IsNormalised()
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Parse("11010519491231002x", Today).Value);
    }

    [Fact]
    public void Parse_WrongCheckDigit_SaysWhichDigitIsExpected()
    {
        var ex = Assert.Throws<DomainValidationException>(() => ResidentIdNumber.Parse("340121198001010070", Today));

        Assert.Equal("idNumber", ex.Field);
        Assert.Equal("ID number check digit should be 8", ex.Reason);
    }

    [Fact]
    public void Parse_SampleWithDigitInsteadOfX_SaysCheckShouldBeX()
    {
        var ex = Assert.Throws<DomainValidationException>(() => ResidentIdNumber.Parse("110105194912310027", Today));

        Assert.Equal("ID number check digit should be X", ex.Reason);
    }

    [Fact]
    public void Parse_ImpossibleBirthDate_IsRefused()
    {
        // 1980-02-30 does not exist; the check digit is irrelevant because the date fails first.
        var ex = Assert.Throws<DomainValidationException>(() => ResidentIdNumber.Parse("340121198002300019", Today));

        Assert.Contains("'19800230' is not a real date", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BirthDateAfterToday_IsRefused()
    {
        var body = "34012120300101001";
        var id = body + ResidentIdNumber.ComputeCheckCharacter(body);

        var ex = Assert.Throws<DomainValidationException>(() => ResidentIdNumber.Parse(id, Today));

        Assert.Contains("is in the future", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FifteenDigitNumber_IsConvertedAndKeepsLegacyForm()
    {
        var id = ResidentIdNumber.Parse("110105491231002", Today);

        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal("110105491231002", id.LegacyNumber);
    }

    [Theory]
    [InlineData("3401211980010100", "must have 18 characters")]
    [InlineData("3401A1198001010019", "position 5: 'A' is not a digit")]
    [InlineData("34012119800101001Y", "position 18: 'Y' must be a digit or X")]
    public void TryParse_Malformed_ReturnsReason(string text, string expected)
    {
        Assert.False(ResidentIdNumber.TryParse(text, Today, out var id, out var error));
        Assert.Null(id);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
