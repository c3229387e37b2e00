namespace Registry.Application.Documents;

/// <summary>不予登记告知书: the refusal with its legal basis and the applicant's remedies.</summary>
/// <param name="Header">The case.</param>
/// <param name="LegalBasisZh">The ground with its article (《不动产登记暂行条例》第二十二条…).</param>
/// <param name="Opinion">The examiner's opinion, if written.</param>
/// <param name="RefusedAt">When it was refused.</param>
public sealed record RefusalNotice(DocumentHeader Header, string LegalBasisZh, string? Opinion, DateTimeOffset RefusedAt);
