using Registry.Domain.Cases;
using Registry.Domain.Codes;
using static Registry.Domain.Tests.TestParties;

namespace Registry.Domain.Tests.Cases;

public sealed class RegistrationCaseTests
{
    private static readonly UnitCode Unit = UnitCode.Parse("340121001001GB00001F00010001");

    private static RegistrationCase Resale(IReadOnlyList<CaseParty>? parties = null) => RegistrationCase.Accept(
        Case(1),
        "HouseTransferResale",
        At(18),
        "acceptor1",
        CaseChannel.Counter,
        "Sale",
        parties ?? [new CaseParty(CasePartyRole.Transferor, ZhangSan), new CaseParty(CasePartyRole.Transferee, LiSi)],
        [Unit],
        new CaseDeclaration { DeclaredPrice = 1_000_000m },
        [new ReceivedMaterial("SALE_CONTRACT", 12, "张三", At(18))]);

    [Fact]
    public void Accept_ValidInput_StartsAccepted()
    {
        var c = Resale();

        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.True(c.IsOpen);
        Assert.Equal(0, c.Version);
        Assert.Equal(Unit, Assert.Single(c.Units));
    }

    [Fact]
    public void CreateParty_WrongCheckDigit_NamesTheFieldAndExpectedDigit()
    {
        // 340121198001010019 is valid; change its check digit.
        var ex = Assert.Throws<Registry.Domain.Parties.IdentityDocumentInvalidException>(() =>
            CaseParty.Create(1, CasePartyRole.Transferee, isOrganisation: false, "李四", "340121198001010018", null, Today));

        Assert.Equal("parties[1].idNumber", ex.Field);
        Assert.Equal(18, ex.Problem.Position);
        Assert.Equal("9", ex.Problem.Expected);
        Assert.Contains("check character '8' should be '9'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateParty_BadCreditCode_NamesTheField()
    {
        var ex = Assert.Throws<Registry.Domain.Parties.IdentityDocumentInvalidException>(() =>
            CaseParty.Create(0, CasePartyRole.Mortgagee, isOrganisation: true, "银行", "91350100M000100Y44", null, Today));

        Assert.Equal("parties[0].idNumber", ex.Field);
        Assert.Equal("3", ex.Problem.Expected);
    }

    [Fact]
    public void Accept_SharesNotSummingToOne_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Resale(
        [
            new CaseParty(CasePartyRole.Transferor, ZhangSan),
            new CaseParty(CasePartyRole.Transferee, LiSi, Share.Of(1, 2)),
            new CaseParty(CasePartyRole.Transferee, WangWu, Share.Of(1, 3)),
        ]));

        Assert.Equal("parties", ex.Field);
        Assert.Contains("5/6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_ShareTransfer_TransfereeSharesBelowOneAreAccepted()
    {
        var c = RegistrationCase.Accept(Case(1), "HouseTransferResale", At(18), "acceptor1", CaseChannel.Counter, "Sale",
            [new CaseParty(CasePartyRole.Transferor, ZhangSan), new CaseParty(CasePartyRole.Transferee, WangWu, Share.Of(1, 2))],
            [Unit], new CaseDeclaration { DeclaredPrice = 500_000m, Extras = new Dictionary<string, string> { ["disposesWhole"] = "false" } });

        Assert.True(c.Declared.IsShareTransfer);
    }

    [Fact]
    public void Accept_ShareTransfer_TransfereeSharesAboveOneAreRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => RegistrationCase.Accept(Case(1), "HouseTransferResale", At(18), "acceptor1", CaseChannel.Counter, "Sale",
            [new CaseParty(CasePartyRole.Transferor, ZhangSan), new CaseParty(CasePartyRole.Transferee, WangWu, Share.Of(2, 3)), new CaseParty(CasePartyRole.Transferee, LiSi, Share.Of(1, 2))],
            [Unit], new CaseDeclaration { Extras = new Dictionary<string, string> { ["disposesWhole"] = "false" } }));

        Assert.Equal("parties", ex.Field);
        Assert.Contains("7/6, more than the whole unit", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_ExactThirds_AreAccepted()
    {
        var c = Resale(
        [
            new CaseParty(CasePartyRole.Transferor, ZhangSan),
            new CaseParty(CasePartyRole.Transferee, LiSi, Share.Of(2, 3)),
            new CaseParty(CasePartyRole.Transferee, WangWu, Share.Of(1, 3)),
        ]);

        Assert.Equal(3, c.Parties.Count);
    }

    [Fact]
    public void Accept_SameUnitTwice_NamesTheSecond()
    {
        var ex = Assert.Throws<DomainValidationException>(() => RegistrationCase.Accept(
            Case(1), "HouseTransferResale", At(18), "a", CaseChannel.Counter, null, [], [Unit, Unit]));

        Assert.Equal("units[1]", ex.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("house transfer")]
    [InlineData("houseTransfer")]
    public void Accept_BadBusinessType_IsRefused(string type)
    {
        var ex = Assert.Throws<DomainValidationException>(() => RegistrationCase.Accept(
            Case(1), type, At(18), "a", CaseChannel.Counter, null, [], [Unit]));

        Assert.Equal("businessType", ex.Field);
    }

    [Fact]
    public void Declaration_NegativePrice_NamesTheField()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new CaseDeclaration { DeclaredPrice = -1m }.Validate());

        Assert.Equal("declared.declaredPrice", ex.Field);
    }

    [Fact]
    public void MoveTo_ForwardPath_RecordsHistory()
    {
        var c = Resale();

        c.MoveTo(CaseStatus.UnderReview, At(18, 10), "system");
        c.MoveTo(CaseStatus.Approved, At(18, 11), "examiner1");
        c.MoveTo(CaseStatus.Recorded, At(19), "examiner2");
        c.IssueCertificate("皖(2025)长丰县不动产权第0000001号");
        c.MoveTo(CaseStatus.Completed, At(19, 10), "clerk");

        Assert.False(c.IsOpen);
        Assert.Equal(4, c.History.Count);
        Assert.Equal("examiner2", c.EnteredBy(CaseStatus.Recorded));
        Assert.Equal(At(18, 11), c.EnteredAt(CaseStatus.Approved));
    }

    [Theory]
    [InlineData(CaseStatus.Recorded)]
    [InlineData(CaseStatus.Completed)]
    [InlineData(CaseStatus.Approved)]
    public void MoveTo_SkippingSteps_IsRefused(CaseStatus target)
    {
        var c = Resale();

        var ex = Assert.Throws<DomainValidationException>(() => c.MoveTo(target, At(18, 10), "x"));

        Assert.Equal("status", ex.Field);
        Assert.Contains("cannot move from Accepted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveTo_FromCompleted_IsRefused()
    {
        var c = Resale();
        c.MoveTo(CaseStatus.Withdrawn, At(18, 10), "applicant");

        Assert.Throws<DomainValidationException>(() => c.MoveTo(CaseStatus.UnderReview, At(18, 11), "x"));
    }

    [Fact]
    public void Suspended_ResumesOnlyToWhereItWas()
    {
        var c = Resale();
        c.MoveTo(CaseStatus.UnderReview, At(18, 10), "x");
        c.MoveTo(CaseStatus.Suspended, At(18, 11), "x", "公告");

        Assert.Throws<DomainValidationException>(() => c.MoveTo(CaseStatus.Approved, At(18, 12), "x"));
        c.MoveTo(CaseStatus.UnderReview, At(18, 12), "x");
        Assert.Equal(CaseStatus.UnderReview, c.Status);
    }

    [Fact]
    public void MoveTo_BeforeLastChange_IsRefused()
    {
        var c = Resale();
        c.MoveTo(CaseStatus.UnderReview, At(18, 12), "x");

        var ex = Assert.Throws<DomainValidationException>(() => c.MoveTo(CaseStatus.Approved, At(18, 11), "x"));

        Assert.Equal("at", ex.Field);
    }

    [Fact]
    public void IssueCertificate_BeforeRecording_IsRefused()
    {
        var c = Resale();

        Assert.Throws<DomainValidationException>(() => c.IssueCertificate("皖(2025)长丰县不动产权第0000001号"));
    }
}
