namespace Registry.Application.Documents;

/// <summary>What the public verification page shows: only what a verifier needs, no holder names or ID numbers.</summary>
/// <param name="CertificateNumber">The number.</param>
/// <param name="UnitDisplay">The unit code in its printed groups.</param>
/// <param name="EntryKind">RegisterEntryKind name: what the certificate proves.</param>
/// <param name="IsProof">不动产登记证明 (true) or 不动产权证书 (false).</param>
/// <param name="Status">Current, cancelled or replaced.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="ChangedAt">When it was cancelled or replaced.</param>
public sealed record CertificateVerification(string CertificateNumber, string UnitDisplay, string EntryKind, bool IsProof, CertificateStatus Status, DateTimeOffset RecordedAt, DateTimeOffset? ChangedAt);
