namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>The self-check rule set in force and its version; stored self-check results are keyed by it.</summary>
public interface ISelfCheckRuleSetVersion
{
    /// <summary>The rule set(s) and version(s), e.g. <c>selfcheck@1</c> (several sets joined with <c>+</c>).</summary>
    string Current { get; }
}
