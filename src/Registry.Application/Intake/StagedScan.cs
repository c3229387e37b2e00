namespace Registry.Application.Intake;

/// <summary>A scan held for an application not yet accepted: kept apart until the case exists, then attached to it.</summary>
/// <param name="Token">Staging id.</param>
/// <param name="MaterialCode">Checklist code the scan belongs to.</param>
/// <param name="FileName">File name as uploaded.</param>
/// <param name="ContentType">Content type by the file's signature.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record StagedScan(Guid Token, string MaterialCode, string FileName, string ContentType, long Size);
