namespace Registry.Application.Worklist;

/// <summary>What <see cref="IWorklistQuery"/> reads. At most one of the three search fields is set.</summary>
/// <param name="View">The tab.</param>
/// <param name="User">The signed-in person (assignee, or actor on the done tab).</param>
/// <param name="Roles">Their roles (group and overdue tabs).</param>
/// <param name="Now">The instant the overdue tab compares due dates with.</param>
/// <param name="BusinessType">Only cases of this business type.</param>
/// <param name="CaseNumberPrefix">Case number starts with.</param>
/// <param name="UnitCodePrefix">A unit code of the case starts with.</param>
/// <param name="PartyNamePrefix">A party name of the case starts with.</param>
/// <param name="Skip">Rows to skip.</param>
/// <param name="Take">Page size (1–100).</param>
/// <param name="CountLimit">Counting stops after this many matches (a bounded count stays fast over a million finished tasks).</param>
public sealed record WorklistCriteria(
    WorklistView View,
    string User,
    IReadOnlyCollection<string> Roles,
    DateTimeOffset Now,
    string? BusinessType = null,
    string? CaseNumberPrefix = null,
    string? UnitCodePrefix = null,
    string? PartyNamePrefix = null,
    int Skip = 0,
    int Take = 20,
    int CountLimit = 1000)
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the bad field.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(User))
        {
            throw new ArgumentException("User is required", nameof(User));
        }

        if (Skip < 0)
        {
            throw new ArgumentException($"Skip must be 0 or more, not {Skip}", nameof(Skip));
        }

        if (Take is < 1 or > 100)
        {
            throw new ArgumentException($"Take must be between 1 and 100, not {Take}", nameof(Take));
        }

        if (CountLimit < 1)
        {
            throw new ArgumentException($"CountLimit must be 1 or more, not {CountLimit}", nameof(CountLimit));
        }
    }
}
