namespace Registry.Application.Documents;

/// <summary>The register entry a certificate or proof number was issued on, and what has become of it.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="CertificateNumber">The number as recorded.</param>
/// <param name="UnitCode">The unit (28 characters).</param>
/// <param name="EntryKind">RegisterEntryKind name (Ownership, Mortgage, PreNotice…).</param>
/// <param name="RecordedAt">When it was recorded (登簿).</param>
/// <param name="Status">Current, cancelled or replaced.</param>
/// <param name="ChangedAt">When it was cancelled or replaced; null while current.</param>
public sealed record CertificateRecord(Guid EntryId, string CertificateNumber, string UnitCode, string EntryKind, DateTimeOffset RecordedAt, CertificateStatus Status, DateTimeOffset? ChangedAt);
