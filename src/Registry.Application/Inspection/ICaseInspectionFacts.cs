using Registry.Application.Review;

namespace Registry.Application.Inspection;

/// <summary>What inspection needs to know about a case beyond the sample: who handled it and what self-check says.</summary>
public interface ICaseInspectionFacts
{
    /// <summary>
    /// The examiner responsible for the case (承办人): the first person who decided an examination step in the case's
    /// workflow journal; for a case without a journal, who moved it to 核准 in its status history; empty when unknown.
    /// </summary>
    Task<string> ResponsibleExaminerAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>The quality self-check (质检自检) findings of the case now; empty when it passes or was never recorded.</summary>
    Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(string caseNumber, CancellationToken cancellationToken = default);
}
