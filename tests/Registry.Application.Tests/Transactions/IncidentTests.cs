using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Review.Facts;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Persistence.Demo;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// An automatic step that cannot proceed holds the case with an incident instead of failing the decision that set it
/// off: here the shared-data source goes down while the approver's 核定 sets off the booking re-check. On the demo county
/// (real SQLite file), through the product's services.
/// </summary>
public sealed class IncidentTests() : ComposedRegistry("incident")
{
    private readonly FlakySharedData _flaky = new();

    protected override void Configure(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ISharedDataProvider));
        services.Replace(ServiceDescriptor.Singleton<ISharedDataProvider>(sp =>
        {
            _flaky.Inner = (ISharedDataProvider)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
            return _flaky;
        }));
    }

    private async Task DecideAsync(string number, string actor, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, actor, [role], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" });
    }

    private async Task<Registry.Application.CaseFile.CaseFile> ReadAsync(string number)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(number))!;
    }

    private async Task<int> RegisterEntriesByAsync(string number, string unitCode)
    {
        await using var scope = Services.CreateAsyncScope();
        var register = await scope.ServiceProvider.GetRequiredService<Registry.Application.Register.IRegisterRepository>().FindAsync(Registry.Domain.Codes.UnitCode.Parse(unitCode));
        return register!.Entries.Count(e => e.CaseNumber.Value == number);
    }

    [Fact]
    public async Task ASharedDataOutage_AtBooking_HoldsTheCaseWithAnIncident_NothingBooked_AndARetryBooksIt()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await DecideAsync(number, "reviewer1", RegistryRoles.FirstReview);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(number, SignalPermissions.TaxPaid, "acceptor", [RegistryRoles.Acceptor]);
        }

        await DecideAsync(number, "reviewer2", RegistryRoles.SecondReview);

        _flaky.Down = true;
        await DecideAsync(number, "approver", RegistryRoles.Approver);

        var held = await ReadAsync(number);
        var incident = Assert.Single(held.Workflow!.Incidents);
        Assert.Contains(FlakySharedData.Outage, incident.Reason, StringComparison.Ordinal);
        Assert.Null(held.Case.CertificateNo);
        var unit = held.Units[0].UnitCode;
        Assert.Equal(0, await RegisterEntriesByAsync(number, unit));
        Assert.Contains(held.Journal, l => l.Action == nameof(Registry.Workflows.Journal.JournalAction.IncidentRaised));

        _flaky.Down = false;
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseIncidents>().RetryAsync(number, incident.IncidentId, "approver", [RegistryRoles.Approver]);
        }

        var file = await ReadAsync(number);
        if (file.Workflow?.OpenTasks.SingleOrDefault(t => t.Role == RegistryRoles.Recorder) is not null)
        {
            await DecideAsync(number, "recorder", RegistryRoles.Recorder);
            file = await ReadAsync(number);
        }

        Assert.Empty(file.Workflow?.Incidents ?? []);
        Assert.NotNull(file.Case.CertificateNo);
        Assert.True(await RegisterEntriesByAsync(number, unit) > 0);

        // The same incident cannot be retried twice: the second attempt is told who retried it.
        await using (var scope = Services.CreateAsyncScope())
        {
            var again = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() =>
                scope.ServiceProvider.GetRequiredService<CaseIncidents>().RetryAsync(number, incident.IncidentId, "recorder", [RegistryRoles.Recorder]));
            Assert.Equal("approver", again.Closed.ClosedBy);
        }
    }

    [Fact]
    public async Task AnIncident_CanBeReturnedToAnEarlierStep_TheStepsAfterItAreRedone_AndNothingIsBooked()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await DecideAsync(number, "reviewer1", RegistryRoles.FirstReview);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(number, SignalPermissions.TaxPaid, "acceptor", [RegistryRoles.Acceptor]);
        }

        await DecideAsync(number, "reviewer2", RegistryRoles.SecondReview);
        _flaky.Down = true;
        await DecideAsync(number, "approver", RegistryRoles.Approver);
        _flaky.Down = false;

        var held = await ReadAsync(number);
        var incident = Assert.Single(held.Workflow!.Incidents);
        var firstReview = held.Workflow.Nodes.Single(n => n.Role == RegistryRoles.FirstReview).Id;
        Assert.Contains(incident.ReturnTargets, t => t.NodeId == firstReview);

        await using (var scope = Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<CaseIncidents>();
            // A return names its step and its reason; a step that is not earlier on this case is refused by field.
            var missing = await Assert.ThrowsAsync<DecisionInvalidException>(() => service.ReturnAsync(number, incident.IncidentId, "approver", [RegistryRoles.Approver], firstReview, " "));
            Assert.Contains(missing.Errors, e => e.Field == "reason");
            var wrong = await Assert.ThrowsAsync<DecisionInvalidException>(() => service.ReturnAsync(number, incident.IncidentId, "approver", [RegistryRoles.Approver], "no-such-step", "材料有误"));
            Assert.Contains(wrong.Errors, e => e.Field == "returnTo");
            Assert.Single((await ReadAsync(number)).Workflow!.Incidents);

            await service.ReturnAsync(number, incident.IncidentId, "approver", [RegistryRoles.Approver], firstReview, "共享数据恢复后须重新初审");
        }

        var file = await ReadAsync(number);
        Assert.Empty(file.Workflow!.Incidents);
        var task = Assert.Single(file.Workflow.OpenTasks);
        Assert.Equal(firstReview, task.NodeId);
        Assert.Null(file.Case.CertificateNo);
        Assert.Equal(0, await RegisterEntriesByAsync(number, file.Units[0].UnitCode));
        Assert.Contains(file.Journal, l => l.Action == nameof(Registry.Workflows.Journal.JournalAction.IncidentResolved) && l.Outcome == "return" && l.ReturnTo == firstReview);
    }

    [Fact]
    public async Task AnInspector_CannotRetryAnIncident()
    {
        await using var scope = Services.CreateAsyncScope();
        await Assert.ThrowsAsync<DecisionNotAllowedException>(() =>
            scope.ServiceProvider.GetRequiredService<CaseIncidents>().RetryAsync("340121202601010001", "x", "inspector", [RegistryRoles.QualityInspector]));
    }

    private sealed class FlakySharedData : ISharedDataProvider
    {
        public const string Outage = "shared-data exchange unreachable (test outage)";

        public ISharedDataProvider Inner { get; set; } = default!;

        public bool Down { get; set; }

        private T Check<T>(T value) => Down ? throw new HttpRequestException(Outage) : value;

        public async Task<NetSignedContractFacts?> GetNetSignedContractAsync(string unitCode, CancellationToken cancellationToken = default) =>
            Check(await Inner.GetNetSignedContractAsync(unitCode, cancellationToken));

        public async Task<TaxPaymentFacts?> GetTaxPaymentAsync(string caseNo, CancellationToken cancellationToken = default) =>
            Check(await Inner.GetTaxPaymentAsync(caseNo, cancellationToken));

        public async Task<IdentityCheckFacts> VerifyIdentityAsync(string name, string idNumber, CancellationToken cancellationToken = default) =>
            Check(await Inner.VerifyIdentityAsync(name, idNumber, cancellationToken));

        public async Task<MarriageRecordFacts?> GetMarriageRecordAsync(string idNumber, CancellationToken cancellationToken = default) =>
            Check(await Inner.GetMarriageRecordAsync(idNumber, cancellationToken));

        public async Task<CourtDocumentFacts?> GetCourtDocumentAsync(string documentNo, CancellationToken cancellationToken = default) =>
            Check(await Inner.GetCourtDocumentAsync(documentNo, cancellationToken));

        public async Task<bool?> GetMaintenanceFundPaidAsync(string unitCode, CancellationToken cancellationToken = default) =>
            Check(await Inner.GetMaintenanceFundPaidAsync(unitCode, cancellationToken));
    }
}
