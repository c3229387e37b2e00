namespace Registry.Application.Api;

/// <summary>What a submission returns.</summary>
/// <param name="Case">The case as it stands after the automatic steps.</param>
/// <param name="Replayed">True when the idempotency key had already filed this case: nothing new was created.</param>
/// <param name="ScanError">Set when the uploaded materials could not be attached (the case stands).</param>
public sealed record ApiSubmissionOutcome(ApiCaseView Case, bool Replayed, string? ScanError);
