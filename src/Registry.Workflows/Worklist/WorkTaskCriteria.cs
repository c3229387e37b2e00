namespace Registry.Workflows.Worklist;

/// <summary>
/// What a worklist shows. <see cref="Roles"/> alone: every task of those roles or candidate groups (a supervisor's view).
/// <see cref="Assignee"/> alone: the tasks that person claimed. Both: what that person may work on — tasks of their roles
/// that are unclaimed or claimed by them, plus anything claimed by them.
/// </summary>
/// <param name="Roles">Roles or candidate groups; a task matches when its role or its candidate group is one of them.</param>
/// <param name="Assignee">A person (the actor name used when claiming).</param>
/// <param name="Claim">Restrict to claimed or unclaimed tasks.</param>
/// <param name="DefinitionId">Only tasks of instances of this definition.</param>
/// <param name="CorrelationIdPrefix">Only instances whose correlation id (case number) starts with this text.</param>
/// <param name="Skip">Paging: how many matches to skip.</param>
/// <param name="Take">Paging: page size (1–500).</param>
public sealed record WorkTaskCriteria(
    IReadOnlyCollection<string>? Roles = null,
    string? Assignee = null,
    ClaimFilter Claim = ClaimFilter.Any,
    string? DefinitionId = null,
    string? CorrelationIdPrefix = null,
    int Skip = 0,
    int Take = 50)
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the bad field.</summary>
    public void Validate()
    {
        if (Skip < 0)
        {
            throw new ArgumentException($"Skip must be 0 or more, not {Skip}", nameof(Skip));
        }

        if (Take is < 1 or > 500)
        {
            throw new ArgumentException($"Take must be between 1 and 500, not {Take}", nameof(Take));
        }

        if ((Roles is null || Roles.Count == 0) && Assignee is null)
        {
            throw new ArgumentException("a worklist query needs Roles, an Assignee or both", nameof(Roles));
        }
    }
}
