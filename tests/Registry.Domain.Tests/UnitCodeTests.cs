using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class UnitCodeTests
{
    private const string Example = "340121261006GB00014F00220045";

    [Fact]
    public void Parse_WorkedExample_ExposesSegments()
    {
        var code = UnitCode.Parse(Example);

        Assert.Equal(Example, code.Value);
        Assert.Equal("340121", code.DivisionCode);
        Assert.Equal("261", code.Zone);
        Assert.Equal("006", code.Subzone);
        Assert.Equal('G', code.LandOwnership);
        Assert.Equal('B', code.ParcelFeature);
        Assert.Equal('F', code.FixtureFeature);
        Assert.Equal("0022", code.BuildingNumber);
        Assert.Equal("0045", code.HouseholdNumber);
        Assert.Equal("340121261006GB00014", code.ParcelCode);
        Assert.Equal("340121 261006 GB00014 F00220045", code.Display);
        Assert.False(code.IsVirtual);
    }

    [Fact]
    public void Parse_DisplayFormInLowercase_IsNormalised()
    {
        Assert.Equal(Example, UnitCode.Parse("340121 261006 gb00014 f00220045").Value);
    }

    [Theory]
    [InlineData("340121261006XB00014F00220045", "unit code position 13: 'X' is not a valid land-ownership letter (G, J or Z)")]
    [InlineData("340121261006GK00014F00220045", "unit code position 14: 'K' is not a valid parcel feature code")]
    [InlineData("340121261006GA00014F00220045", "unit code positions 13-14: 'GA' is not an allowed pair")]
    [InlineData("340121261006GC00014F00220045", "unit code positions 13-14: 'GC' is not an allowed pair")]
    [InlineData("340121261006JH00014F00220045", "unit code positions 13-14: 'JH' is not an allowed pair")]
    [InlineData("340121261006GB00014W00220045", "a unit without fixture (W) must end in 00000000")]
    [InlineData("340121261006GB00014A00220045", "unit code position 20: 'A' is not a valid fixture feature code")]
    [InlineData("3401212610O6GB00014F00220045", "unit code position 11: 'O' is not a digit (cadastral subzone)")]
    [InlineData("340121261006GB00000F00220045", "parcel sequence number must be 00001-99999")]
    [InlineData("340121000006GB00014F00220045", "cadastral zone must be 001-999")]
    [InlineData("340121261006GB00014F0022004", "unit code must have 28 characters, not 27")]
    [InlineData("", "unit code is required")]
    public void Parse_InvalidCode_ThrowsNamingPositionAndReason(string text, string expected)
    {
        var ex = Assert.Throws<DomainValidationException>(() => UnitCode.Parse(text));

        Assert.Equal("unitCode", ex.Field);
        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("340121261006JA00014W00000000")]
    [InlineData("340121261006JC00014F00010001")]
    [InlineData("340121261006ZW00014W00000000")]
    [InlineData("340121261006GH00014Q00000001")]
    public void TryParse_AllowedPairs_Succeed(string text)
    {
        Assert.True(UnitCode.TryParse(text, out var code, out var error), error);
        Assert.NotNull(code);
    }

    [Fact]
    public void TryParse_InvalidCode_ReturnsErrorWithoutThrowing()
    {
        Assert.False(UnitCode.TryParse("340121261006GB00014W00220045", out var code, out var error));
        Assert.Null(code);
        Assert.Contains("W", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZeroZoneAndSubzone_IsAcceptedAndFlaggedVirtual()
    {
        Assert.True(UnitCode.Parse("340121000000GB00014F00220045").IsVirtual);
    }
}
