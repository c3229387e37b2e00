namespace Registry.Application.Documents;

/// <summary>
/// The electronic certificate: 不动产权证书 (a right) or 不动产登记证明 (a mortgage, pre-notice…), as the register records
/// it, with the token its QR code carries.
/// </summary>
/// <param name="Header">The case that issued it.</param>
/// <param name="CertificateNumber">The number.</param>
/// <param name="IsProof">不动产登记证明 rather than 不动产权证书.</param>
/// <param name="RightHolders">权利人 (with shares when held by shares).</param>
/// <param name="Obligors">义务人 for a proof (mortgagors); empty for a right.</param>
/// <param name="CoOwnership">共有情况, e.g. 单独所有; null for a proof.</param>
/// <param name="Location">坐落.</param>
/// <param name="UnitDisplay">不动产单元号 in its printed groups.</param>
/// <param name="RightOrMatter">权利类型 / 证明权利或事项.</param>
/// <param name="Use">用途.</param>
/// <param name="Area">面积 in m².</param>
/// <param name="Term">使用期限 or 债务履行期限, as printed; null when none.</param>
/// <param name="Other">其他: amount, priority and the like; null when none.</param>
/// <param name="RecordedAt">登簿 time.</param>
/// <param name="VerificationToken">What the QR code's address carries.</param>
public sealed record CertificateDocument(
    DocumentHeader Header,
    string CertificateNumber,
    bool IsProof,
    IReadOnlyList<string> RightHolders,
    IReadOnlyList<string> Obligors,
    string? CoOwnership,
    string Location,
    string UnitDisplay,
    string RightOrMatter,
    string Use,
    decimal Area,
    string? Term,
    string? Other,
    DateTimeOffset RecordedAt,
    string VerificationToken);
