using Bunit;
using Registry.Web.Components.Register;
using Registry.Web.Tests.Fakes;

namespace Registry.Web.Tests.Register;

public sealed class UnitRegisterTests : RegistryComponentTest
{
    private IRenderedComponent<UnitRegister> RenderUnit(string code)
    {
        var cut = Render<UnitRegister>(ps => ps.Add(p => p.UnitCode, code));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-progress-linear")));
        return cut;
    }

    [Fact]
    public void Unit_ShowsMortgagesInPriorityOrder_WithAmountsInYuan()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);

        var rows = cut.FindAll("tr.mortgage-row");
        Assert.Equal(["1", "2"], rows.Select(r => r.GetAttribute("data-priority")));
        Assert.Equal("顺位 1", rows[0].QuerySelector(".priority")!.TextContent.Trim());
        Assert.Equal("中国工商银行股份有限公司杭州分行", rows[0].QuerySelector(".mortgagee")!.TextContent.Trim());
        Assert.Equal("¥1,200,000.00", rows[0].QuerySelector(".amount")!.TextContent.Trim());
        Assert.Contains("2021-01-01 ~ 2041-01-01", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_ShowsEachMortgagesKindMortgagorsAndTransferRestriction()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);

        var rows = cut.FindAll("tr.mortgage-row");
        Assert.Equal("最高额抵押", rows[0].QuerySelector(".mortgage-kind")!.TextContent.Trim());
        Assert.Equal("张三、李四", rows[0].QuerySelector(".mortgagors")!.TextContent.Trim());
        Assert.Contains("民法典第406条", rows[0].QuerySelector(".transfer-restricted")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("—", "无"), (rows[1].QuerySelector(".mortgagors")!.TextContent.Trim(), rows[1].QuerySelector(".transfer-restricted")!.TextContent.Trim()));
    }

    [Fact]
    public void MortgageProof_ShowsTheFieldsOfTheCertificateOfProof()
    {
        var view = new Registry.Application.Register.Browse.MortgageView("m", 2, "General", "徽商银行长丰支行", 800_000m, new DateOnly(2026, 3, 1), new DateOnly(2046, 2, 28),
            "皖(2026)长丰县不动产证明第0000001号", DateTimeOffset.UnixEpoch, "34012120260302000001", ["王伟"], TransferRestricted: true);

        var cut = Render<MortgageProof>(ps => ps.Add(p => p.Mortgage, view));

        var text = cut.Find(".mortgage-proof").TextContent;
        Assert.Contains("皖(2026)长丰县不动产证明第0000001号", text, StringComparison.Ordinal);
        Assert.Contains("被担保主债权数额", text, StringComparison.Ordinal);
        Assert.Equal("¥800,000.00", cut.Find(".amount").TextContent.Trim());
        Assert.Equal("王伟", cut.Find(".mortgagors").TextContent.Trim());
        Assert.Contains("2026-03-01 ~ 2046-02-28", cut.Find(".debt-term").TextContent, StringComparison.Ordinal);
        Assert.Contains("民法典第406条", cut.Find(".transfer-restricted").TextContent, StringComparison.Ordinal);
        Assert.Contains("一般抵押", text, StringComparison.Ordinal);
        Assert.Contains("顺位 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_ShowsActiveSeizureFirst_ThenWaitingOnesByQueuePosition()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);

        var rows = cut.FindAll("tr.seizure-row");
        Assert.Equal(3, rows.Count);
        Assert.Contains("seizure-active", rows[0].ClassList);
        Assert.Contains("(2024)浙0102执保100号", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("轮候第 1 位", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("杭州市拱墅区人民法院", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("轮候第 2 位", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("杭州市西湖区人民法院", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_ShowsNaturalStateOwnershipAndOtherBurdens()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);

        Assert.Contains("330102-001001-GB00001-F00010001", cut.Find("h1").TextContent, StringComparison.Ordinal);
        var ownership = cut.Find("tr.ownership-row").TextContent;
        Assert.Contains("按份共有", ownership, StringComparison.Ordinal);
        Assert.Contains("份额 1/2", ownership, StringComparison.Ordinal);
        Assert.Contains("居民身份证 330102199001011234", ownership, StringComparison.Ordinal);
        Assert.Equal("户", cut.Find(".natural-state td:nth-of-type(2)").TextContent.Trim());
        Assert.Contains("浙(2020)杭州市不动产权第0012345号", ownership, StringComparison.Ordinal);
        Assert.Contains("预购商品房预告登记", cut.Find("tr.prenotice-row").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-17", cut.Find("tr.objection-row .lapses-on").TextContent.Trim());
        Assert.Contains("居住权", cut.Find("tr.other-right-row").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_WhenTheCodeIsUnknown_SaysWhichCodeWasNotFound()
    {
        var cut = RenderUnit("999999999999GB99999F99999999");

        var message = cut.Find(".unit-not-found").TextContent;
        Assert.Contains("未找到不动产单元“999999999999GB99999F99999999”", message, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tr.mortgage-row"));
    }

    [Fact]
    public void Unit_AsOfDate_ReadsTheRegisterAgainAtTheEndOfThatDayInChina()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);
        Assert.Equal((SampleRegisterBrowser.Burdened, (DateTimeOffset?)null), Assert.Single(Browser.UnitReads));

        // Typed into the editable picker, as a user would (yyyy-MM-dd).
        cut.Find(".as-of-picker input").Change("2024-05-01");

        cut.WaitForAssertion(() => Assert.Equal(2, Browser.UnitReads.Count));
        var expected = new DateTimeOffset(2024, 5, 1, 23, 59, 59, TimeSpan.FromHours(8)).AddTicks(TimeSpan.TicksPerSecond - 1);
        Assert.Equal(expected, Browser.UnitReads[1].AsOf);
        cut.WaitForAssertion(() => Assert.Contains("登记簿截至 2024-05-01 23:59", cut.Find(".unit-as-of").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Unit_HistoryTab_ListsEveryEntry_AndMarksClosedOnes()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);

        cut.FindAll(".mud-tab")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tr.history-row").Count));
        var rows = cut.FindAll("tr.history-row");
        Assert.Contains("history-closed", rows[0].ClassList);
        Assert.Contains("2020-03-02 10:00", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("已注销", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("history-current", rows[1].ClassList);
        Assert.Contains("现势", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("所有权/使用权", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderChinese_NoStoredCodeOrEnumNameIsShown()
    {
        var cut = RenderUnit(SampleRegisterBrowser.Burdened);
        cut.FindAll(".mud-tab")[1].Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tr.history-row")));

        var latinWords = System.Text.RegularExpressions.Regex.Matches(cut.Markup.Split("<tbody")[1..].Aggregate(string.Empty, string.Concat), @">[^<]*\b(Household|ByShares|Sole|Joint|ResidentId|ResidenceRight|Ownership|Easement)\b");
        Assert.Empty(latinWords);
    }
}
