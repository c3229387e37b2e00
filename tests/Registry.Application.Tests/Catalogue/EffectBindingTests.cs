using System.Text.Json.Nodes;
using Registry.Application.Catalogue;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Register;
using static Registry.Application.Tests.Catalogue.CatalogueFixture;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Catalogue;

public sealed class EffectBindingTests
{
    private static readonly HolderSpec Developer = new("长丰阳光置业有限公司", CreditCode("91340121MA2N00003"));

    /// <summary>Case data naming every role and fact the catalogue's templates read.</summary>
    private static JsonObject CaseData(Action<JsonObject>? change = null)
    {
        static JsonArray Parties(params HolderSpec[] parties) =>
            [.. parties.Select(p => new JsonObject { ["name"] = p.Name, ["idNumber"] = p.IdNumber, ["share"] = p.Share })];
        var bankA = new HolderSpec(BankA.Name, BankA.IdNumber);
        var bankB = new HolderSpec(BankB.Name, BankB.IdNumber);
        var data = new JsonObject
        {
            ["units"] = new JsonArray(UnitA, UnitB),
            ["parties"] = new JsonObject
            {
                ["transferor"] = Parties(ZhangSan), ["transferee"] = Parties(LiSi), ["holder"] = Parties(ZhangSan),
                ["developer"] = Parties(Developer), ["deceased"] = Parties(ZhangSan), ["heir"] = Parties(LiSi),
                ["mortgagee"] = Parties(bankA), ["newMortgagee"] = Parties(bankB), ["easementHolder"] = Parties(LiSi),
                ["newEasementHolder"] = Parties(WangWu), ["residenceHolder"] = Parties(LiSi), ["applicant"] = Parties(LiSi),
                ["preNoticeHolder"] = Parties(LiSi), ["newPreNoticeHolder"] = Parties(WangWu),
            },
            ["facts"] = new JsonObject
            {
                ["rightType"] = RightType, ["coOwnership"] = "Sole", ["termStart"] = "2010-01-01", ["termEnd"] = "2080-01-01",
                ["mortgageAmount"] = 500000, ["debtStart"] = "2025-09-01", ["debtEnd"] = "2045-09-01", ["priority"] = 1,
                ["authority"] = "长丰县人民法院", ["rulingNumber"] = "(2025)皖0121执1号", ["deliveredAt"] = "2025-09-02T08:00:00+08:00",
                ["seizureStart"] = "2025-09-02", ["seizureEnd"] = "2028-09-01", ["reason"] = "灭失", ["purpose"] = "通行",
                ["benefitingUnit"] = UnitB, ["conditions"] = "不得出租", ["preNoticeKind"] = "Transfer", ["certificateTarget"] = "Ownership",
            },
            ["issued"] = new JsonObject
            {
                ["certificateNumber"] = "皖(2025)长丰县不动产权第0000002号", ["proofNumber"] = "皖(2025)长丰县不动产证明第0000002号",
            },
        };
        change?.Invoke(data);
        return data;
    }

    public static TheoryData<string> EveryType => [.. Shipped.All.Select(t => t.Code)];

    [Theory]
    [MemberData(nameof(EveryType))]
    public void EveryType_BindsItsEffectsFromCaseData(string code)
    {
        var type = Shipped.Find(code);

        var effects = Shipped.BindEffects(code, CaseData());

        Assert.Equal(type.Effects.SelectMany(e => Enumerable.Repeat(e.Effect, e.ForEachUnit ? 2 : 1)), effects.Select(e => e.Name));
        Assert.All(effects, e => Assert.Contains(e.Unit, new[] { UnitA, UnitB }));
    }

    [Fact]
    public void Bind_MissingRequiredFact_NamesTheEffectAndParameter()
    {
        var data = CaseData(d => d["facts"]!.AsObject().Remove("authority"));

        var ex = Assert.Throws<EffectBindingException>(() => Shipped.BindEffects("JudicialSeizure", data));

        Assert.Equal("AddSeizure", ex.Effect);
        Assert.Contains("authority", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownType_NamesIt() =>
        Assert.Equal("Teleport", Assert.Throws<UnknownBusinessTypeException>(() => Shipped.BindEffects("Teleport", CaseData())).Code);

    [Fact]
    public void HouseFirst_ThenResaleWithMortgage_RunsThroughTheRegister()
    {
        var a = Open(UnitA);
        var b = Open(UnitB);
        var applier = Applier();

        applier.Apply([a, b], Shipped.BindEffects("HouseFirst", CaseData()), Ctx(1, 1));
        applier.Apply([a], Shipped.BindEffects("HouseTransferNewBuild", CaseData(d => d["units"] = new JsonArray(UnitA))), Ctx(2, 2));
        applier.Apply([a], Shipped.BindEffects("CmbTransferWithMortgage", CaseData(d =>
        {
            d["units"] = new JsonArray(UnitA);
            d["parties"]!["transferor"] = new JsonArray(new JsonObject { ["name"] = LiSi.Name, ["idNumber"] = LiSi.IdNumber });
            d["parties"]!["transferee"] = new JsonArray(new JsonObject { ["name"] = WangWu.Name, ["idNumber"] = WangWu.IdNumber });
            d["issued"]!["certificateNumber"] = "皖(2025)长丰县不动产权第0000003号";
        })), Ctx(3, 3));

        Assert.Equal(Developer.Name, b.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal("王五", a.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankA.Name, a.Current.Mortgages.Single().Mortgagee.Name);
    }

    [Fact]
    public void CarryMortgageLenderTakeover_KeepsPriorityAndChangesTheLender()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], [Mortgage(BankA, 300000m)], Ctx(2, 2));
        applier.Apply([register], [Mortgage(new PartySpec("合肥科技农村商业银行", CreditCode("91340100MA2N00002")), 50000m)], Ctx(3, 3));

        applier.Apply([register], Shipped.BindEffects("CmbCarryMortgageLenderTakeover", CaseData(d => d["facts"]!["mortgageAmount"] = 280000)), Ctx(4, 4));

        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankB.Name, register.Current.Mortgages[0].Mortgagee.Name);
        Assert.Equal(280000m, register.Current.Mortgages[0].Amount);
        Assert.Equal(2, register.Current.Mortgages.Count);
    }

    [Fact]
    public void JudicialAuction_LiftsSeizuresCancelsMortgagesAndTransfers()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], [Mortgage(BankA)], Ctx(2, 2));
        applier.Apply([register], Shipped.BindEffects("JudicialSeizure", CaseData()), Ctx(3, 3));
        applier.Apply([register], Shipped.BindEffects("WaitingSeizure", CaseData(d => d["facts"]!["rulingNumber"] = "(2025)皖0104执9号")), Ctx(4, 4));

        var refused = Assert.Throws<RegisterEffectRefusedException>(() => applier.Apply([register], Shipped.BindEffects("HouseTransferResale", CaseData()), Ctx(5, 5)));
        applier.Apply([register], Shipped.BindEffects("CmbJudicialAuctionTransfer", CaseData()), Ctx(5, 5));

        Assert.Contains("seized", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Null(register.Current.ActiveSeizure);
        Assert.Empty(register.Current.WaitingSeizures);
        Assert.Empty(register.Current.Mortgages);
    }

    [Fact]
    public void DoublePreNotice_ThenPreNoticeToMain_FromTheCatalogue()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        var data = CaseData(d => d["parties"]!["developer"] = d["parties"]!["transferor"]!.DeepClone());

        applier.Apply([register], Shipped.BindEffects("CmbDoublePreNotice", data), Ctx(2, 2));
        var kinds = register.Current.PreNotices.Select(p => PreNoticeKinds.Parse(p.NoticeKind)).ToList();
        applier.Apply([register], Shipped.BindEffects("CmbPreNoticeToMain", data), Ctx(3, 3));

        Assert.Equal([PreNoticeKind.Purchase, PreNoticeKind.PurchaseMortgage], kinds);
        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankA.Name, register.Current.Mortgages.Single().Mortgagee.Name);
        Assert.Empty(register.Current.PreNotices);
    }

    [Fact]
    public void SeizureRelease_FromTheCatalogue_PromotesTheWaitingSeizure()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], Shipped.BindEffects("JudicialSeizure", CaseData()), Ctx(2, 2));
        applier.Apply([register], Shipped.BindEffects("WaitingSeizure", CaseData(d => d["facts"]!["rulingNumber"] = "(2025)皖0104执9号")), Ctx(3, 3));

        applier.Apply([register], Shipped.BindEffects("SeizureRelease", CaseData()), Ctx(4, 4));

        Assert.Equal("(2025)皖0104执9号", register.Current.ActiveSeizure!.RulingNumber);
        Assert.Equal(SeizureState.Active, register.Current.ActiveSeizure.State);
    }

    [Fact]
    public void CarryMortgageSecondPriority_NewMortgageMovesUpWhenTheOldIsCancelled()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], [Mortgage(BankA, 300000m)], Ctx(2, 2));

        var result = applier.Apply([register], Shipped.BindEffects("CmbCarryMortgageSecondPriority", CaseData()), Ctx(3, 3));

        Assert.Equal(3, result.Outcomes.Count);
        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankB.Name, register.Current.Mortgages.Single().Mortgagee.Name);
        Assert.Equal(BankA.Name, register.AsOf(At(2, 12)).Mortgages.Single().Mortgagee.Name);
    }

    [Fact]
    public void CarryMortgageDoublePreNotice_EndsWithBuyerAndNewBank()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], [Mortgage(BankA, 300000m)], Ctx(2, 2));

        applier.Apply([register], Shipped.BindEffects("CmbCarryMortgageDoublePreNotice", CaseData()), Ctx(3, 3));

        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankB.Name, register.Current.Mortgages.Single().Mortgagee.Name);
        Assert.Empty(register.Current.PreNotices);
    }

    [Fact]
    public void CarryMortgageSameLender_KeepsTheMortgageOnTheNewOwner()
    {
        var register = OwnedByZhangSan();
        var applier = Applier();
        applier.Apply([register], [Mortgage(BankA, 300000m)], Ctx(2, 2));
        var before = register.Current.Mortgages.Single();

        applier.Apply([register], Shipped.BindEffects("CmbCarryMortgageSameLender", CaseData(d => d["facts"]!["mortgageAmount"] = 250000)), Ctx(3, 3));

        var after = register.Current.Mortgages.Single();
        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankA.Name, after.Mortgagee.Name);
        Assert.Equal(before.AcceptedAt, after.AcceptedAt);
        Assert.Equal(250000m, after.Amount);
    }

    [Fact]
    public void CaseDataBuilder_FromAFlatPartyList_FeedsTheTemplates()
    {
        var register = OwnedByZhangSan();
        var data = new CaseDataBuilder()
            .Units([UnitA])
            .Party("Transferor", ZhangSan.Name, ZhangSan.IdNumber)
            .Party("Transferee", LiSi.Name, LiSi.IdNumber, "1/2")
            .Party("Transferee", WangWu.Name, WangWu.IdNumber, "1/2")
            .Party("Mortgagee", BankA.Name, BankA.IdNumber)
            .Facts(new Dictionary<string, System.Text.Json.JsonElement>
            {
                ["coOwnership"] = System.Text.Json.JsonSerializer.SerializeToElement("ByShares"),
                ["mortgageAmount"] = System.Text.Json.JsonSerializer.SerializeToElement(600000),
                ["debtStart"] = System.Text.Json.JsonSerializer.SerializeToElement("2025-09-01"),
                ["debtEnd"] = System.Text.Json.JsonSerializer.SerializeToElement("2045-09-01"),
            })
            .Build();

        Applier().Apply([register], Shipped.BindEffects("CmbTransferWithMortgage", data), Ctx(2, 2));

        Assert.Equal(["李四", "王五"], register.Current.Ownership!.Holders.Select(h => h.Party.Name));
        Assert.Equal(600000m, register.Current.Mortgages.Single().Amount);
    }
}
