using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Web.Components.Cases;

namespace Registry.Web.Tests.Cases;

/// <summary>The incident panel: the held step and its reason for everyone, retry and refusal only for those who may act.</summary>
public sealed class IncidentPanelTests : RegistryComponentTest
{
    private static readonly CaseFileIncident Incident = new("inc-1", "bookingCheck", "登簿前复核", "shared-data exchange unreachable", new DateTimeOffset(2026, 12, 7, 2, 30, 0, TimeSpan.Zero));

    public IncidentPanelTests()
    {
        // Never called in these tests: nothing is clicked.
        Services.AddSingleton(new CaseIncidents(null!, null!, null!, null!));
    }

    private IRenderedComponent<IncidentPanel> RenderFor(params string[] roles) => RenderFor(Incident, roles);

    private IRenderedComponent<IncidentPanel> RenderFor(CaseFileIncident incident, params string[] roles) =>
        Render<IncidentPanel>(p => p
            .Add(c => c.CaseNumber, "340121202612070001")
            .Add(c => c.Incidents, [incident])
            .Add(c => c.User, "someone")
            .Add(c => c.Roles, roles));

    [Fact]
    public void AnApprover_SeesTheHeldStepAndItsReason_WithRetryAndRefuse()
    {
        var panel = RenderFor(RegistryRoles.Approver);

        var text = panel.Find(".incident").TextContent;
        Assert.Contains("登簿前复核", text, StringComparison.Ordinal);
        Assert.Contains("shared-data exchange unreachable", text, StringComparison.Ordinal);
        Assert.Contains("2026-12-07 10:30", text, StringComparison.Ordinal);
        Assert.Equal("重试", panel.Find("#incident-retry").TextContent.Trim());
        Assert.NotNull(panel.Find("#incident-reject"));
        // Nothing done on this case before the held step: no return offered.
        Assert.Empty(panel.FindAll("#incident-return"));
    }

    [Fact]
    public void WithEarlierSteps_AReturnIsOffered_AndAReturnWithoutStepOrReasonIsRefusedAtTheForm()
    {
        var incident = Incident with { ReturnTargets = [new ReturnTarget("firstReview", "初审"), new ReturnTarget("accept", "受理")] };

        var panel = RenderFor(incident, RegistryRoles.Approver);

        Assert.Equal("退回", panel.Find("#incident-return").TextContent.Trim());
        panel.Find("#incident-return").Click();
        Assert.Equal("请选择退回的环节并填写理由。", panel.Find("#incident-message").TextContent.Trim());
    }

    [Fact]
    public void AReviewer_SeesTheIncident_ButCannotActOnIt()
    {
        var panel = RenderFor(RegistryRoles.FirstReview);

        Assert.Single(panel.FindAll(".incident"));
        Assert.Empty(panel.FindAll("#incident-retry"));
    }

    [Fact]
    public void UnderEnglish_TheIncidentIsInEnglish()
    {
        UseCulture("en");

        var panel = RenderFor(RegistryRoles.Recorder);

        Assert.Equal("Automatic step held", panel.Find("#case-incidents h2").TextContent.Trim());
        Assert.Equal("Retry", panel.Find("#incident-retry").TextContent.Trim());
    }
}
