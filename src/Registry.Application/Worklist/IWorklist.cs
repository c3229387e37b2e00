using Registry.Application.Deadlines;

namespace Registry.Application.Worklist;

/// <summary>Which tasks a worklist shows.</summary>
public enum WorklistView
{
    /// <summary>我的待办: tasks I have claimed.</summary>
    Mine,

    /// <summary>组待办: unclaimed tasks of my roles.</summary>
    Group,
}

/// <summary>A worklist request.</summary>
/// <param name="View">Mine or group.</param>
/// <param name="CaseNumberPrefix">Search by the start of the case number, or null.</param>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (1–100).</param>
public sealed record WorklistQuery(WorklistView View, string? CaseNumberPrefix = null, int Page = 0, int PageSize = 20);

/// <summary>One row of the worklist: the task, its case and the case's statutory clock.</summary>
public sealed record WorklistItem(
    Guid InstanceId,
    string TaskId,
    string CaseNumber,
    string BusinessType,
    string BusinessTypeName,
    string Step,
    string? Role,
    string? Assignee,
    DateTimeOffset WaitingSince,
    string Units,
    string Parties,
    DeadlineStage? Stage,
    int? RemainingWorkingDays,
    DateTimeOffset? DueAt);

/// <summary>A page of the worklist with the total count.</summary>
public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Total);

/// <summary>The examiner's worklist (待办): what the signed-in person may work on now, and claiming it.</summary>
public interface IWorklist
{
    /// <summary>The page of tasks for <paramref name="user"/> holding <paramref name="roles"/>.</summary>
    Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>Claims a task for <paramref name="user"/>; someone else's claim is an error naming them.</summary>
    Task ClaimAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default);

    /// <summary>Releases <paramref name="user"/>'s claim so the group sees the task again.</summary>
    Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default);
}
