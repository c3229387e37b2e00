using Registry.Application.CaseFile;
using Registry.Application.Examination;

namespace Registry.Web.Tests.Fakes;

/// <summary>Case files held in memory; the signal fake closes the wait it confirms, as the engine would.</summary>
internal sealed class FakeCaseFiles : ICaseFileQuery, ICaseSignals, IStaffNames
{
    public static readonly DateTimeOffset Accepted = new(2026, 11, 20, 1, 30, 0, TimeSpan.Zero);

    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal) { ["reviewer1"] = "王芳", ["acceptor"] = "李明", ["reviewer2"] = "张伟" };

    public List<IReadOnlyCollection<string>> NameQueries { get; } = [];

    public List<(string Case, string Signal, string Actor)> Confirmed { get; } = [];

    public Exception? Refuse { get; set; }

    public CaseFile File { get; set; } = Sample();

    public Task<CaseFile?> FindAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<CaseFile?>(caseNumber == File.Case.CaseNumber ? File : null);

    public Task ConfirmAsync(string caseNumber, string signalName, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (Refuse is { } e)
        {
            throw e;
        }

        Confirmed.Add((caseNumber, signalName, actor));
        File = File with
        {
            Workflow = File.Workflow! with { SignalWaits = [] },
            Journal = [.. File.Journal, new CaseFileJournalLine(9, Accepted.AddDays(1), "Signalled", "完税", actor, signalName, null, null, null)],
        };
        return Task.CompletedTask;
    }

    Task<IReadOnlyDictionary<string, string>> IStaffNames.FindAsync(IReadOnlyCollection<string> logins, CancellationToken cancellationToken)
    {
        NameQueries.Add([.. logins]);
        IReadOnlyDictionary<string, string> found = logins.Where(Names.ContainsKey).Distinct().ToDictionary(l => l, l => Names[l]);
        return Task.FromResult(found);
    }

    public static CaseFile Sample() => new(
        new CaseFileHeader("2026-110101-000123-ZY", "HouseTransferResale", "存量房转移登记", "Second-hand housing transfer", "UnderReview",
            Accepted, "acceptor", "Window", null, 1_200_000m, null, true),
        [new CaseFileParty("Transferor", "张三", "ResidentId", "110101199003074514", null, true)],
        [new CaseFileUnit("110101001001GB00001F00010001", null)],
        new CaseFileMaterials([], []),
        null,
        new CaseFileWorkflow(Guid.NewGuid(), "house-transfer-resale", 1, "存量房转移登记", "Running", "flowchart TD",
            [
                new CaseFileNode("acceptance", "受理", "Acceptance", "humanTask", "acceptor", false, true),
                new CaseFileNode("firstReview", "初审", "First review", "humanTask", "first-review", false, true),
                new CaseFileNode("taxPaid", "完税", "Tax paid", "wait", null, true, false),
                new CaseFileNode("completed", "办结", "Completed", "end", null, false, false),
            ],
            [],
            [new CaseFileSignalWait("taxPaid", "完税", "Tax paid", SignalPermissions.TaxPaid, Accepted.AddHours(2), ["acceptor"])])
        {
            StartNodeId = "acceptance",
            Transitions =
            [
                new CaseFileTransition("acceptance", "firstReview", "approve", true),
                new CaseFileTransition("firstReview", "taxPaid", "approve", true),
                new CaseFileTransition("firstReview", "acceptance", "return", false),
                new CaseFileTransition("taxPaid", "completed", null, false),
            ],
        },
        [
            new CaseFileJournalLine(1, Accepted, "Completed", "受理", "acceptor", "approve", "材料齐全", null, null),
            new CaseFileJournalLine(2, Accepted.AddHours(2), "Completed", "初审", "reviewer1", "approve", "拟同意", null, null),
            new CaseFileJournalLine(3, Accepted.AddHours(2), "Executed", "规则检查", "system", "pass", null, null, null),
        ],
        null);
}
