namespace Registry.Application.Documents;

/// <summary>补正通知书: why the application came back and what to bring.</summary>
/// <param name="Header">The case.</param>
/// <param name="ReasonZh">The coded return reason in Chinese.</param>
/// <param name="Opinion">The examiner's opinion, if written.</param>
/// <param name="MissingMaterials">Required materials not yet received.</param>
/// <param name="ReturnedAt">When it was returned.</param>
public sealed record SupplementNotice(DocumentHeader Header, string ReasonZh, string? Opinion, IReadOnlyList<string> MissingMaterials, DateTimeOffset ReturnedAt);
