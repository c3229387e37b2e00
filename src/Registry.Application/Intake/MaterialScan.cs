namespace Registry.Application.Intake;

/// <summary>A scan kept with a case (收件扫描件), stored by case number and material code.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="MaterialCode">Checklist code.</param>
/// <param name="FileName">Stored file name.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Reference">Store reference: <c>{caseNumber}/{materialCode}/{fileName}</c>.</param>
public sealed record MaterialScan(string CaseNumber, string MaterialCode, string FileName, long Size, string Reference);
