using Registry.Application.Inspection;
using Registry.Application.Review;

namespace Registry.Application.Tests.Inspection;

/// <summary>Examiner per case: 审核员 plus the case number's last digit, so cases spread over ten examiners.</summary>
internal sealed class StubCaseInspectionFacts : ICaseInspectionFacts
{
    public Task<string> ResponsibleExaminerAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult("审核员" + caseNumber[^1]);

    public Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RuleFinding>>([]);
}
