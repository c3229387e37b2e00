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

    private IRenderedComponent<IncidentPanel> RenderFor(params string[] roles) =>
        Render<IncidentPanel>(p => p
            .Add(c => c.CaseNumber, "340121202612070001")
            .Add(c => c.Incidents, [Incident])
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
