using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Alterations;
using Registry.Application.CaseFile;
using Registry.Application.Security;
using Registry.Web.Components.Cases;

namespace Registry.Web.Tests.Cases;

/// <summary>
/// The administrator's panel on the case page over a recording alterations service (the service runs on the product in the
/// Application tests): people of the step's role offered, the reassignment and the stop sent with their reasons, refusals in
/// the UI language.
/// </summary>
public sealed class CaseAlterationsPanelTests : RegistryComponentTest
{
    private const string CaseNo = "340121202612070001";
    private static readonly CaseFileTask SecondReview = new("t-2", "secondReview", "复审", RegistryRoles.SecondReview, "reviewer2", new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
    private readonly RecordingAlterations _service = new();

    public CaseAlterationsPanelTests() => Services.AddSingleton<ICaseAlterations>(_service);

    private IRenderedComponent<CaseAlterationsPanel> RenderPanel() =>
        Render<CaseAlterationsPanel>(p => p
            .Add(c => c.CaseNumber, CaseNo)
            .Add(c => c.Tasks, [SecondReview])
            .Add(c => c.User, "admin")
            .Add(c => c.Roles, [RegistryRoles.BusinessAdmin]));

    [Fact]
    public void Reassign_OffersThePeopleOfTheRole_AndSendsThePersonAndTheReason()
    {
        var panel = RenderPanel();

        Assert.Equal(["", "reviewer2b"], panel.FindAll(".reassign[data-node='secondReview'] select.reassign-to option").Select(o => o.GetAttribute("value")));
        panel.Find("select.reassign-to").Change("reviewer2b");
        panel.Find(".reassign-reason input").Change("张伟休假");
        panel.Find(".reassign-button").Click();

        Assert.Equal((CaseNo, "t-2", "reviewer2b", "张伟休假", "admin"), Assert.Single(_service.Reassigned));
        Assert.Equal("“复审”已转办给 周强。", panel.Find("#alteration-message").TextContent.Trim());
    }

    [Fact]
    public void ARefusedStop_IsToldInChinese_AndUnderEnglishInEnglish()
    {
        _service.Refuse = AlterationRefusal.ReasonMissing;
        var panel = RenderPanel();

        panel.Find("#cancel-case").Click();

        Assert.Equal("须写明理由。", panel.Find("#alteration-message").TextContent.Trim());
        Assert.Empty(_service.Cancelled);

        UseCulture("en");
        var english = RenderPanel();
        english.Find("#cancel-case").Click();
        Assert.Equal("A reason is required.", english.Find("#alteration-message").TextContent.Trim());
        Assert.Equal("Stop the case", english.Find("#cancel-case").TextContent.Trim());
    }

    [Fact]
    public void Stop_SendsTheReason()
    {
        var panel = RenderPanel();

        panel.Find(".cancel-reason input").Change("重复受理");
        panel.Find("#cancel-case").Click();

        Assert.Equal((CaseNo, "重复受理"), Assert.Single(_service.Cancelled));
        Assert.Equal("本案已终止办理。", panel.Find("#alteration-message").TextContent.Trim());
    }

    private sealed class RecordingAlterations : ICaseAlterations
    {
        public AlterationRefusal? Refuse { get; set; }

        public List<(string, string, string, string, string)> Reassigned { get; } = [];

        public List<(string, string)> Cancelled { get; } = [];

        public bool MayAlter(IReadOnlyCollection<string> roles) => roles.Contains(RegistryRoles.BusinessAdmin);

        public Task CancelAsync(string caseNumber, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            if (Refuse is { } refusal)
            {
                throw new AlterationRefusedException(refusal, "reason");
            }

            Cancelled.Add((caseNumber, reason));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<StaffMember>> CandidatesAsync(string caseNumber, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StaffMember>>([new StaffMember("reviewer2b", "周强")]);

        public Task ReassignAsync(string caseNumber, string taskId, string assignee, string reason, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            Reassigned.Add((caseNumber, taskId, assignee, reason, actor));
            return Task.CompletedTask;
        }
    }
}
