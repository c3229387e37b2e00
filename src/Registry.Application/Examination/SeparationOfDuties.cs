using Registry.Application.Security;
using Registry.Workflows.Journal;

namespace Registry.Application.Examination;

/// <summary>
/// 审核分离: one person may decide at most one of the examination steps (first review, second review, approval) of a
/// case. Returning to a step and deciding it again is the same step, so it is allowed.
/// </summary>
public static class SeparationOfDuties
{
    /// <summary>
    /// Returns why <paramref name="actor"/> may not decide <paramref name="nodeId"/>, or null when they may.
    /// </summary>
    /// <param name="journal">The case's workflow journal.</param>
    /// <param name="roleOfNode">The role a node of the case's definition is assigned to (null when not a human task).</param>
    /// <param name="actor">Who wants to decide.</param>
    /// <param name="nodeId">The task node to decide.</param>
    public static string? Violation(IEnumerable<JournalEntry> journal, Func<string, string?> roleOfNode, string actor, string nodeId)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(roleOfNode);
        if (!IsExamination(roleOfNode(nodeId)))
        {
            return null;
        }

        var earlier = journal.FirstOrDefault(e =>
            e.Action is JournalAction.Completed or JournalAction.Returned
            && string.Equals(e.Actor, actor, StringComparison.Ordinal)
            && e.NodeId is { } other
            && !string.Equals(other, nodeId, StringComparison.Ordinal)
            && IsExamination(roleOfNode(other)));
        return earlier is null
            ? null
            : $"审核分离：{actor} 已于 {earlier.At:yyyy-MM-dd HH:mm} 办理本案“{earlier.NodeName ?? earlier.NodeId}”环节，不能再办理另一审核环节。";
    }

    private static bool IsExamination(string? role) => role is not null && RegistryRoles.Examination.Contains(role);
}
