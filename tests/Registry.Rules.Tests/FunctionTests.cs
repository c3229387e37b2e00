using Registry.Application.Review.Facts;
using Registry.Rules.Functions;

namespace Registry.Rules.Tests;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("11010519491231002X", true)] // GB 11643 sample
    [InlineData("11010519491231002x", true)] // lowercase x normalised
    [InlineData("110105194912310021", false)] // wrong check digit
    [InlineData("110105194913310028", false)] // month 13
    [InlineData("11010519491231002", false)] // 17 characters
    [InlineData("110105491231002", true)] // legacy 15 digits
    [InlineData("", false)]
    public void ResidentIdValid_Gb11643(string number, bool valid) => Assert.Equal(valid, IdNumbers.ResidentIdValid(number));

    [Fact]
    public void ResidentIdProblem_NamesThePart() => Assert.Equal("校验位（第18位）", IdNumbers.ResidentIdProblem("110105194912310021"));

    [Theory]
    [InlineData("91350100M000100Y43", true)] // codes-and-formats.md sample
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100I43", false)] // I is not in the alphabet
    [InlineData("91110000600001760P", true)]
    public void CreditCodeValid_Gb32100(string code, bool valid) => Assert.Equal(valid, IdNumbers.CreditCodeValid(code));

    [Fact]
    public void ShareFraction_IsExact()
    {
        Assert.True(ShareFraction.Sum([new ShareFraction(1, 3), new ShareFraction(1, 3), new ShareFraction(1, 3)]).IsOne);
        Assert.True(new ShareFraction(2, 3).AtLeast(2, 3));
        Assert.False(new ShareFraction(6666, 10000).AtLeast(2, 3));
        Assert.False(ShareFraction.Sum([new ShareFraction(1, 2), new ShareFraction(1, 3)]).IsOne);
        Assert.Equal("5/6", ShareFraction.Sum([new ShareFraction(1, 2), new ShareFraction(1, 3)]).ToString());
    }

    [Theory]
    [InlineData("HouseTransferResale", true)]
    [InlineData("MortgageFirst", true)]
    [InlineData("MortgageTransfer", false)]
    [InlineData("EasementTransfer", false)]
    [InlineData("MortgageCancel", false)]
    [InlineData("HouseChange", false)]
    public void IsDisposal_FollowsSection04(string type, bool disposal) =>
        Assert.Equal(disposal, BusinessTypes.IsDisposal(new CaseFacts { CaseNo = "x", BusinessType = type, AcceptedAt = default }));

    [Fact]
    public void IsDisposal_AbandonmentCancel_IsDisposal() =>
        Assert.True(BusinessTypes.IsDisposal(new CaseFacts { CaseNo = "x", BusinessType = "HouseCancel", Cause = "Abandonment", AcceptedAt = default }));

    [Theory]
    [InlineData("HouseTransferResale", "HouseTransfer*", true)]
    [InlineData("HouseTransferResale", "*Transfer*", true)]
    [InlineData("MortgageTransfer", "House*", false)]
    [InlineData("JudicialSeizure", "@Seizure", true)]
    [InlineData("MortgageFirst", "@First", true)]
    [InlineData("HouseFirst", "HouseFirst", true)]
    public void Matches_Patterns(string type, string pattern, bool match) => Assert.Equal(match, BusinessTypes.Matches(type, pattern));

    [Theory]
    [InlineData("赣(2023)南昌市不动产权第0012345号", true)]
    [InlineData("桂（2017）南宁市不动产证明第0208814号", true)]
    [InlineData("赣(2023)南昌市不动产权第012345号", false)]
    public void CertificateNumbers_Format(string number, bool ok) => Assert.Equal(ok, CertificateNumbers.IsWellFormed(number));
}
