using Registry.Cli.Scenarios;

namespace Registry.Cli.Tests;

/// <summary>
/// A register refusal at booking is an incident the runner reports and <c>expect.incident</c> checks: the scenario in
/// tests/scenarios replays clean, and the same story with a wrong expectation reports exactly that, naming the incident found.
/// </summary>
public sealed class IncidentScenarioTests
{
    private const string File = "incident-register-refuses-second-first-registration.json";

    [Fact]
    public async Task RegisterRefusalAtBooking_IsAnIncidentInTheReportAndAWrongExpectationFails()
    {
        var scenario = await ScenarioReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "scenarios", File));
        var wrong = scenario with
        {
            Expect = new ScenarioExpectation
            {
                Cases = { ["B"] = new CaseExpectation { Incident = new IncidentExpectation { Node = "certificate", Contains = "no such reason" } } },
            },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "incident-with-wrong-expectation");

        var incident = Assert.Single(report.Cases["B"].Incidents);
        Assert.Equal("record", incident.Node);
        Assert.Contains("already has a current ownership", incident.Reason, StringComparison.Ordinal);
        Assert.Empty(report.Cases["A"].Incidents);
        Assert.Contains(report.Log, l => l.Contains("incident on case", StringComparison.Ordinal) && l.Contains("CreateOwnership", StringComparison.Ordinal));
        var failure = Assert.Single(report.Failures);
        Assert.StartsWith("expect.cases.B.incident: expected an incident at certificate containing 'no such reason', found record: ", failure, StringComparison.Ordinal);
    }
}
