namespace Registry.Application.Review;

/// <summary>A rule finding for one unit of a case, as stored with the case.</summary>
/// <param name="UnitCode">The unit the facts were built for.</param>
/// <param name="Finding">The explained finding (rule code and version, outcome, severity, message, facts used).</param>
public sealed record StoredFinding(string UnitCode, RuleFinding Finding);
