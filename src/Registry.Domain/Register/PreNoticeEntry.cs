using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>Pre-notice (预告登记), e.g. of a pre-sold new-build flat.</summary>
public sealed class PreNoticeEntry : RegisterEntry
{
    internal PreNoticeEntry(Guid id, CaseNumber caseNumber, DateTimeOffset recordedAt, string noticeKind, Party holder, CertificateNumber? proofNumber)
        : base(id, caseNumber, recordedAt)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (string.IsNullOrWhiteSpace(noticeKind))
        {
            throw new DomainValidationException("noticeKind", "pre-notice kind is required");
        }

        NoticeKind = noticeKind.Trim();
        Holder = holder;
        ProofNumber = proofNumber;
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.PreNotice;

    /// <summary>Kind, e.g. 预购商品房买卖预告登记.</summary>
    public string NoticeKind { get; }

    /// <summary>Holder of the pre-notice (the buyer).</summary>
    public Party Holder { get; }

    /// <summary>Registration proof number.</summary>
    public CertificateNumber? ProofNumber { get; }

    /// <inheritdoc />
    public override string Describe() => $"{NoticeKind} for {Holder.Name}";
}
