namespace Registry.Workflows.Activities;

/// <summary>What a hosted activity's step produced.</summary>
/// <param name="Outcome">The outcome to route by (e.g. <c>done</c>).</param>
/// <param name="Reference">A reference to keep as the variable <c>{nodeId}.ref</c> and in the journal (e.g. a certificate number), if any.</param>
public sealed record HostedActivityResult(string Outcome, string? Reference = null);
