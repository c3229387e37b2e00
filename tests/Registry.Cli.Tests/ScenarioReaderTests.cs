using System.Text;
using Registry.Cli.Scenarios;

namespace Registry.Cli.Tests;

public sealed class ScenarioReaderTests
{
    private static Task<ScenarioFile> ReadAsync(string json) =>
        ScenarioReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json");

    private const string Apply = """{ "apply": { "case": "A", "type": "HouseTransferResale", "units": ["340121001001GB00001F00010001"] } }""";

    [Fact]
    public async Task AValidScenario_IsRead_WithItsStepsInOrder()
    {
        var scenario = await ReadAsync($$"""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00", "register": "demo",
              "steps": [ {{Apply}},
                         { "complete": { "case": "A", "as": "reviewer1", "outcome": "approve" } },
                         { "advance": { "workingDays": 2 } } ],
              "expect": { "cases": { "A": { "status": "Completed" } } } }
            """);

        Assert.Equal(3, scenario.Steps.Count);
        Assert.Equal("HouseTransferResale", scenario.Steps[0].Apply!.Type);
        Assert.Equal(2, scenario.Steps[2].Advance!.WorkingDays);
        Assert.Equal("Completed", scenario.Expect!.Cases["A"].Status);
        Assert.Null(ScenarioReader.UnitsOf(scenario, "t.json"));
    }

    [Fact]
    public async Task AMisspeltField_IsNamedWithItsPath()
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync($$"""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00",
              "steps": [ {{Apply}}, { "complete": { "case": "A", "as": "x", "outcome": "approve", "opinon": "typo" } } ] }
            """));

        Assert.StartsWith("t.json: $.steps[1].complete.opinon:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStepWithTwoActions_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync("""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00",
              "steps": [ { "advance": { "days": 1 }, "signal": { "case": "A", "name": "tax-paid" } } ] }
            """));

        Assert.Equal("t.json: $.steps[0]: a step has exactly one action, this one has signal and advance.", e.Message);
    }

    [Fact]
    public async Task AnUnknownOutcome_IsNamed()
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync($$"""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00",
              "steps": [ {{Apply}}, { "complete": { "case": "A", "as": "x", "outcome": "okay" } } ] }
            """));

        Assert.Contains("$.steps[1].complete.outcome: 'okay' is not one of", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACaseUsedBeforeItsApplication_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync("""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00",
              "steps": [ { "signal": { "case": "B", "name": "tax-paid" } } ] }
            """));

        Assert.Equal("t.json: $.steps[0]: case 'B' has not been applied for yet.", e.Message);
    }

    [Theory]
    [InlineData("""{ "days": 1, "hours": 2 }""", "give exactly one")]
    [InlineData("""{ "hours": -2 }""", "only moves forward")]
    public async Task AdvanceNeedsOneForwardMove(string advance, string expected)
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync($$"""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00", "steps": [ { "advance": {{advance}} } ] }
            """));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRequiredField_IsNamed()
    {
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => ReadAsync("""{ "start": "2026-03-02T09:00:00+08:00" }"""));

        Assert.Contains("name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExplicitRegister_IsReadUnitByUnit()
    {
        var scenario = await ReadAsync("""
            { "name": "n", "start": "2026-03-02T09:00:00+08:00",
              "register": { "units": [ { "code": "340121001001GB00001F00010001",
                                          "owners": [ { "name": "叶梓涵", "id": "340121199001011234" } ],
                                          "seizures": [ { "authority": "长丰县人民法院", "ruling": "(2026)皖0121执1号" } ] } ] } }
            """);

        var unit = Assert.Single(ScenarioReader.UnitsOf(scenario, "t.json")!.Units);
        Assert.Equal("叶梓涵", Assert.Single(unit.Owners).Name);
        Assert.Equal("(2026)皖0121执1号", Assert.Single(unit.Seizures).Ruling);
    }
}
