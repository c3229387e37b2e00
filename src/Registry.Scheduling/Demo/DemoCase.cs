namespace Registry.Scheduling.Demo;

/// <summary>A demo case to give a deadline.</summary>
/// <param name="CaseNumber">The case number.</param>
/// <param name="BusinessType">The business type code.</param>
public sealed record DemoCase(string CaseNumber, string BusinessType);
