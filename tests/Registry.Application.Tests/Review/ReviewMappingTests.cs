using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;
using Registry.Workflows.Ports;

namespace Registry.Application.Tests.Review;

public sealed class ReviewMappingTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static NaturalPerson Person(string name, string body) => new(name, ResidentIdNumber.Parse(body + ResidentIdNumber.ComputeCheckCharacter(body), Today));

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 9, 0, 0, China);

    private static CaseNumber Case(int n) => CaseNumber.Create("340121", Today, n);

    [Fact]
    public void UnitSnapshot_MapsSharesMortgagePriorityAndSeizureQueue()
    {
        var bank = new Organisation("某银行", UnifiedSocialCreditCode.Parse("91350100M000100Y43"));
        var a = Person("甲", "34012119800101001");
        var b = Person("乙", "34012119820202002");
        var register = UnitRegister.Open(new ImmovableUnit(UnitCode.Parse("340121001001GB00001F00010001"), UnitKind.Household, "长丰县某小区1栋101室", "住宅", 90m));
        register.RecordOwnership(Case(1), At(1, 5), "国有建设用地使用权/房屋所有权", CoOwnership.ByShares,
            [new RightHolder(a, Share.Of(2, 3)), new RightHolder(b, Share.Of(1, 3))], CertificateNumber.Parse("皖(2026)长丰县不动产权第0000101号"), new DateOnly(2010, 1, 1), new DateOnly(2079, 12, 31));
        register.AddMortgage(Case(2), At(2, 1), MortgageKind.General, bank, 500_000m, new DateOnly(2026, 2, 1), new DateOnly(2046, 1, 31), At(1, 20));
        register.AddMortgage(Case(3), At(3, 1), MortgageKind.MaximumAmount, bank, 800_000m, new DateOnly(2026, 3, 1), new DateOnly(2036, 2, 28), At(2, 20));
        register.AddSeizure(Case(4), At(4, 1), "长丰县人民法院", "(2026)皖0121执1号", At(4, 1).AddHours(-2), new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31));
        register.AddSeizure(Case(5), At(5, 1), "合肥市中级人民法院", "(2026)皖01执2号", At(5, 1).AddHours(-2), new DateOnly(2026, 5, 1), new DateOnly(2029, 4, 30));

        var unit = UnitSnapshotMapper.ToFacts(register.Current);

        Assert.Equal("StateLandHouse", unit.RightType);
        Assert.Equal("Residential", unit.Use);
        Assert.Equal(CoOwnershipType.ByShares, unit.CoOwnershipType);
        Assert.True(ShareFraction.Sum(unit.Holders.Select(h => h.Share)).IsOne);
        Assert.Equal([1, 2], unit.Mortgages.Select(m => m.Priority));
        Assert.True(unit.Mortgages[1].IsMaxAmount);
        Assert.Equal([SeizureKind.Seizure, SeizureKind.Waiting], unit.Seizures.Select(s => s.Kind));
        Assert.Equal(1, unit.Seizures[1].QueuePosition);
        Assert.True(unit.Seizures[0].IsEffectiveOn(Today));
        Assert.False(unit.Seizures[1].IsEffectiveOn(Today));
        Assert.Equal("皖(2026)长丰县不动产权第0000101号", unit.CurrentCertificateNo);
        Assert.Equal(new DateOnly(2079, 12, 31), unit.LandTermEnd);
    }

    [Fact]
    public void CaseFacts_SplitsPaperAndSharedMaterials_AndMapsRolesAndShares()
    {
        var c = RegistrationCase.Accept(Case(9), "HouseTransferResale", At(11, 20), "a", CaseChannel.Online, "Sale",
            [
                new CaseParty(CasePartyRole.Transferor, Person("甲", "34012119800101001")),
                new CaseParty(CasePartyRole.Transferee, Person("乙", "34012119820202002"), Share.Of(1, 1)),
            ],
            [UnitCode.Parse("340121001001GB00001F00010001")],
            new CaseDeclaration { DeclaredPrice = 900_000m, CertificateNo = "X" },
            [new ReceivedMaterial("SALE_CONTRACT", 10, "甲", At(11, 20)), new ReceivedMaterial("TAX_RECEIPT", 0, null, At(11, 20), viaDataSharing: true)]);

        var facts = CaseFactsMapper.ToFacts(c, RuleStage.Intake);

        Assert.Equal(["SALE_CONTRACT"], facts.Materials);
        Assert.Equal(["TAX_RECEIPT"], facts.SharedMaterials);
        Assert.True(facts.Has("TAX_RECEIPT"));
        Assert.Equal(IntakeChannel.Online, facts.Channel);
        Assert.Equal(PartyRole.Transferee, facts.Parties[1].Role);
        Assert.True(facts.Parties[1].Share!.Value.IsOne);
        Assert.Equal(RuleStage.Intake, facts.Stage);
        Assert.Equal(900_000m, facts.DeclaredPrice);
    }

    [Theory]
    [InlineData("house-transfer-resale.intake", RuleStage.Intake, null, false)]
    [InlineData("house-transfer-resale.review", RuleStage.Review, null, false)]
    [InlineData("house-transfer-resale.book", RuleStage.Book, null, false)]
    [InlineData("house-transfer-resale.auto-approve", RuleStage.Review, null, true)]
    [InlineData("review-intake", RuleStage.Intake, "review-intake", false)]
    [InlineData("review-booking", RuleStage.Book, null, false)]
    [InlineData("review-examination", RuleStage.Review, "review-examination", false)]
    public void ReviewRequest_ParsesNodeNames(string name, RuleStage stage, string? set, bool auto)
    {
        Assert.Equal(new ReviewRequest(stage, set, auto), ReviewRequest.Parse(name));
    }

    [Fact]
    public void ReviewRequest_UnknownStage_SaysWhatIsAllowed()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReviewRequest.Parse("house-transfer-resale.approve"));

        Assert.Contains("intake, review, book, auto-approve", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleOutcome.Pass, RuleSeverity.Block, RuleSetVerdict.Pass)]
    [InlineData(RuleOutcome.Fail, RuleSeverity.Info, RuleSetVerdict.Pass)]
    [InlineData(RuleOutcome.Fail, RuleSeverity.Warn, RuleSetVerdict.Warn)]
    [InlineData(RuleOutcome.Fail, RuleSeverity.Block, RuleSetVerdict.Block)]
    [InlineData(RuleOutcome.Error, RuleSeverity.Info, RuleSetVerdict.Block)]
    public void Verdict_FollowsWorstFinding(RuleOutcome outcome, RuleSeverity severity, RuleSetVerdict expected)
    {
        var pass = Finding(RuleOutcome.Pass, RuleSeverity.Warn);

        Assert.Equal(expected, CaseRuleSetRunner.VerdictOf([pass, Finding(outcome, severity)]));
    }

    [Fact]
    public void WeekdayCounter_CountsFromExclusiveToInclusive()
    {
        var counter = new WeekdayCounter();

        // Friday 2026-11-20 → Monday 2026-11-23: one working day (Monday).
        Assert.Equal(1, counter.Count(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 23)));
        Assert.Equal(0, counter.Count(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));
        Assert.False(counter.IsWorkingDay(new DateOnly(2026, 11, 22)));
    }

    private static RuleFinding Finding(RuleOutcome outcome, RuleSeverity severity) => new()
    {
        RuleCode = "R",
        Reference = "X",
        RuleVersion = 1,
        RuleSet = "s",
        Category = "parties",
        Severity = severity,
        Outcome = outcome,
        NameZh = "规则",
    };

    [Theory]
    [InlineData(CasePartyRole.Holder, CasePartyRole.EasementHolder, PartySide.Giving, PartySide.Taking)] // 地役权首次: the burdened owner grants
    [InlineData(CasePartyRole.EasementHolder, CasePartyRole.NewEasementHolder, PartySide.Giving, PartySide.Taking)] // 地役权转移
    [InlineData(CasePartyRole.Mortgagee, CasePartyRole.NewMortgagee, PartySide.Giving, PartySide.Taking)] // 抵押权转移: the old mortgagee assigns
    [InlineData(CasePartyRole.Holder, CasePartyRole.ResidenceHolder, PartySide.Giving, PartySide.Taking)] // 居住权首次
    [InlineData(CasePartyRole.Mortgagor, CasePartyRole.Mortgagee, PartySide.Giving, PartySide.Taking)] // 抵押权首次
    [InlineData(CasePartyRole.Developer, CasePartyRole.PreNoticeHolder, PartySide.Giving, PartySide.Taking)] // 预购商品房预告
    [InlineData(CasePartyRole.PreNoticeHolder, CasePartyRole.NewPreNoticeHolder, PartySide.Giving, PartySide.Taking)] // 预告转移
    public void CaseFacts_PutEachPartyOnTheSideOfTheDealingItsCatalogueRolePlays(CasePartyRole first, CasePartyRole second, PartySide firstSide, PartySide secondSide)
    {
        var c = RegistrationCase.Accept(Case(11), "EasementFirst", At(11, 20), "a", CaseChannel.Counter, null,
            [new CaseParty(first, Person("甲", "34012119800101001")), new CaseParty(second, Person("乙", "34012119820202002")), new CaseParty(CasePartyRole.Agent, Person("丙", "34012119830303003"))],
            [UnitCode.Parse("340121001001GB00001F00010001")],
            new CaseDeclaration(), []);

        var facts = CaseFactsMapper.ToFacts(c, RuleStage.Intake);

        Assert.Equal([firstSide, secondSide, PartySide.None], facts.Parties.Select(p => p.Side));
        Assert.Equal("甲", Assert.Single(facts.Disposers).Name);
        Assert.Equal("乙", Assert.Single(facts.Acquirers).Name);
    }
}
