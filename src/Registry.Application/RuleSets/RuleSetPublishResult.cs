namespace Registry.Application.RuleSets;

/// <summary>What a publish did: the new version, or the issues that refused it (then nothing was written).</summary>
/// <param name="Published">The new version, when published.</param>
/// <param name="Issues">Why it was refused (empty when published).</param>
public sealed record RuleSetPublishResult(RuleSetVersionRecord? Published, IReadOnlyList<RuleDraftIssue> Issues)
{
    /// <summary>True when a new version was written.</summary>
    public bool IsPublished => Published is not null;
}
