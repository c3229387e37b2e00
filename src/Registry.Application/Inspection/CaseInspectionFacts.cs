using System.Runtime.CompilerServices;
using System.Text.Json;
using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Inspection;

/// <summary>Reads the responsible examiner from the workflow journal (or status history) and runs self-check on one case.</summary>
internal sealed class CaseInspectionFacts(
    ICaseRepository cases,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    FinishedCaseFactsBuilder builder,
    ISelfCheckRunner selfCheck) : ICaseInspectionFacts
{
    public async Task<string> ResponsibleExaminerAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var c = await cases.FindAsync(CaseNumber.Parse(caseNumber, "caseNumber"), cancellationToken);
        if (c is null)
        {
            return string.Empty;
        }

        if (c.WorkflowInstanceId is { } instanceId && await instances.FindAsync(instanceId, cancellationToken) is { } instance)
        {
            var definition = await definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
            var journal = await instances.ReadJournalAsync(instanceId, cancellationToken);
            var decided = journal.Where(e => e.Action == JournalAction.Completed && e.NodeId is not null && !string.Equals(e.Actor, "system", StringComparison.Ordinal)).ToList();
            var examiner = decided.FirstOrDefault(e => IsExamination(definition, e.NodeId!)) ?? decided.FirstOrDefault();
            if (examiner is not null)
            {
                return examiner.Actor;
            }
        }

        return c.EnteredBy(CaseStatus.Approved) ?? string.Empty;
    }

    public async Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var c = await cases.FindAsync(CaseNumber.Parse(caseNumber, "caseNumber"), cancellationToken);
        if (c is null || await builder.BuildAsync(c, cancellationToken) is not { } facts)
        {
            return [];
        }

        var findings = new List<RuleFinding>();
        await foreach (var f in selfCheck.StreamAsync(One(facts, cancellationToken), cancellationToken))
        {
            findings.Add(f.Finding);
        }

        return findings;
    }

    private static bool IsExamination(WorkflowDefinition? definition, string nodeId)
    {
        var node = definition?.Nodes.FirstOrDefault(n => string.Equals(n.Id, nodeId, StringComparison.Ordinal));
        return node is { Kind: ActivityKinds.HumanTask }
            && HumanTaskInputs.Read(node).Role is { } role
            && RegistryRoles.Examination.Contains(role);
    }

#pragma warning disable CS1998 // An async iterator over one in-memory item: nothing to await.
    private static async IAsyncEnumerable<FinishedCaseFacts> One(FinishedCaseFacts facts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
#pragma warning restore CS1998
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return facts;
    }
}
