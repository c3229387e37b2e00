using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class CertificateNumberTests
{
    [Fact]
    public void Parse_ProofExample_SplitsParts()
    {
        var number = CertificateNumber.Parse("皖(2019)长丰县不动产证明第0010484号");

        Assert.Equal("皖", number.Province);
        Assert.Equal(2019, number.Year);
        Assert.Equal("长丰县", number.Area);
        Assert.Equal(CertificateSeries.Proof, number.Series);
        Assert.Equal(10484, number.Sequence);
    }

    [Fact]
    public void Parse_FullWidthBrackets_AreAccepted()
    {
        var number = CertificateNumber.Parse("桂（2017）南宁市不动产证明第0208814号");

        Assert.Equal("桂(2017)南宁市不动产证明第0208814号", number.ToString());
        Assert.Equal("桂（2017）南宁市不动产证明第0208814号", number.ToString(fullWidth: true));
    }

    [Fact]
    public void Create_RightCertificate_FormatsSevenDigits()
    {
        var number = CertificateNumber.Create("赣", 2023, "南昌市", CertificateSeries.Right, 12345);

        Assert.Equal("赣(2023)南昌市不动产权第0012345号", number.ToString());
    }

    [Theory]
    [InlineData("皖(2019)长丰县不动产证明第010484号")]
    [InlineData("X(2019)长丰县不动产证明第0010484号")]
    [InlineData("皖(1899)长丰县不动产权第0010484号")]
    [InlineData("皖(2019)长丰县房产证第0010484号")]
    public void Parse_Malformed_ThrowsWithField(string text)
    {
        var ex = Assert.Throws<DomainValidationException>(() => CertificateNumber.Parse(text));

        Assert.Equal("certificateNumber", ex.Field);
        Assert.Contains("does not match", ex.Reason, StringComparison.Ordinal);
    }
}
