using Registry.Application.Worklist;

namespace Registry.Application.Tests.Worklist;

public sealed class WorklistSearchTests
{
    [Theory]
    [InlineData("  34012120261123  ", "34012120261123", null, null)]
    [InlineData("340121001001gb00001", null, "340121001001GB00001", null)]
    [InlineData("王小明", null, null, "王小明")]
    [InlineData("  ", null, null, null)]
    [InlineData(null, null, null, null)]
    public void Parse_ClassifiesTheSearchText(string? text, string? caseNumber, string? unitCode, string? party)
    {
        var search = WorklistSearch.Parse(text);

        Assert.Equal((caseNumber, unitCode, party), (search.CaseNumberPrefix, search.UnitCodePrefix, search.PartyNamePrefix));
    }
}
