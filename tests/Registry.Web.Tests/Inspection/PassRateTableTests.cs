using Bunit;
using Registry.Application.Inspection;
using Registry.Web.Components.Inspection;

namespace Registry.Web.Tests.Inspection;

public sealed class PassRateTableTests : RegistryComponentTest
{
    [Fact]
    public void Rows_ShowCountsAndOneDecimalPercentages()
    {
        var report = InspectionService.BuildReport(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31),
        [
            Case("A", "HouseTransferResale", "reviewer1", InspectionVerdictKind.Pass),
            Case("B", "HouseTransferResale", "reviewer1", InspectionVerdictKind.Pass),
            Case("C", "HouseTransferResale", "reviewer2", InspectionVerdictKind.Fail),
            Case("D", "MortgageFirst", "reviewer2", InspectionVerdictKind.Fail),
        ]);

        var table = Render<PassRateTable>(p => p
            .Add(t => t.Title, "按业务类型")
            .Add(t => t.Rows, report.ByBusinessType)
            .Add(t => t.KeyName, code => code == "MortgageFirst" ? "抵押权首次登记" : code));

        var transfer = table.Find("tr[data-key=HouseTransferResale]");
        Assert.Equal(["HouseTransferResale", "3", "2", "1", "66.7%"], transfer.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var mortgage = table.Find("tr[data-key=MortgageFirst]");
        Assert.Equal(["抵押权首次登记", "1", "0", "1", "0.0%"], mortgage.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("合格率", table.Find("thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingInspected_ShowsADashNotZeroPercent()
    {
        var table = Render<PassRateTable>(p => p.Add(t => t.Rows, [new PassRateRow("reviewer3", 0, 0)]));

        Assert.Equal("—", table.Find("tr[data-key=reviewer3] td.rate").TextContent.Trim());
    }

    [Fact]
    public void English_HeadersAreEnglish()
    {
        UseCulture("en");
        var table = Render<PassRateTable>(p => p.Add(t => t.Rows, [new PassRateRow("2025-03", 4, 3)]));

        Assert.Contains("Pass rate", table.Find("thead").TextContent, StringComparison.Ordinal);
        Assert.Equal("75.0%", table.Find("td.rate").TextContent.Trim());
    }

    private static InspectedCase Case(string no, string type, string examiner, InspectionVerdictKind verdict) =>
        new(Guid.Empty, no, type, new DateTimeOffset(2025, 3, 10, 2, 0, 0, TimeSpan.Zero), examiner, verdict);
}
