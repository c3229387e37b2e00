using Registry.Domain.Codes;

namespace Registry.Domain.Register;

/// <summary>Ownership or land-use right (所有权/使用权) with its holders and co-ownership type.</summary>
public sealed class OwnershipEntry : RegisterEntry
{
    internal OwnershipEntry(
        Guid id,
        CaseNumber caseNumber,
        DateTimeOffset recordedAt,
        string rightType,
        CoOwnership coOwnership,
        IReadOnlyList<RightHolder> holders,
        CertificateNumber? certificateNumber,
        DateOnly? termStart,
        DateOnly? termEnd,
        string? origin = null)
        : base(id, caseNumber, recordedAt)
    {
        Validate(rightType, coOwnership, holders, termStart, termEnd);
        RightType = rightType.Trim();
        CoOwnership = coOwnership;
        Holders = [.. holders];
        CertificateNumber = certificateNumber;
        TermStart = termStart;
        TermEnd = termEnd;
        Origin = string.IsNullOrWhiteSpace(origin) ? null : origin.Trim();
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.Ownership;

    /// <summary>Right type (权利类型), e.g. 国有建设用地使用权/房屋所有权.</summary>
    public string RightType { get; }

    /// <summary>Sole, joint or by shares.</summary>
    public CoOwnership CoOwnership { get; }

    /// <summary>Holders in register order.</summary>
    public IReadOnlyList<RightHolder> Holders { get; }

    /// <summary>Right certificate number (不动产权证书号).</summary>
    public CertificateNumber? CertificateNumber { get; }

    /// <summary>Start of the land-use term, if any.</summary>
    public DateOnly? TermStart { get; }

    /// <summary>End of the land-use term, if any.</summary>
    public DateOnly? TermEnd { get; }

    /// <summary>
    /// How the right was first obtained from the state (取得方式), where the register records it: for a sea-area use right
    /// 审批 (approval) or 招标/拍卖/挂牌 (海域使用权管理规定; IR 58 asks for the ocean authority's approval to transfer a right
    /// obtained by approval). Kept through transfers and changes; null when not recorded.
    /// </summary>
    public string? Origin { get; }

    /// <inheritdoc />
    public override string Describe() =>
        $"{RightType} {CoOwnership}: {string.Join("、", Holders.Select(h => h.Share is null ? h.Party.Name : $"{h.Party.Name}({h.Share})"))}";

    /// <summary>Checks holders and shares against the co-ownership type (COO-03).</summary>
    internal static void Validate(string rightType, CoOwnership coOwnership, IReadOnlyList<RightHolder> holders, DateOnly? termStart, DateOnly? termEnd)
    {
        ArgumentNullException.ThrowIfNull(holders);
        if (string.IsNullOrWhiteSpace(rightType))
        {
            throw new DomainValidationException("rightType", "right type (权利类型) is required");
        }

        if (holders.Count == 0)
        {
            throw new DomainValidationException("holders", "at least one holder is required");
        }

        var duplicate = holders.GroupBy(h => (h.Party.IdKind, h.Party.IdNumber)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainValidationException("holders", $"holder {duplicate.Key.IdNumber} is listed {duplicate.Count()} times");
        }

        switch (coOwnership)
        {
            case CoOwnership.Sole:
                if (holders.Count != 1)
                {
                    throw new DomainValidationException("coOwnership", $"sole ownership (单独所有) has exactly one holder, not {holders.Count}");
                }

                if (holders[0].Share is not null)
                {
                    throw new DomainValidationException("holders", "sole ownership (单独所有) carries no share");
                }

                break;
            case CoOwnership.Joint:
                if (holders.Count < 2)
                {
                    throw new DomainValidationException("coOwnership", "joint co-ownership (共同共有) needs at least two holders");
                }

                var withShare = holders.FirstOrDefault(h => h.Share is not null);
                if (withShare is not null)
                {
                    throw new DomainValidationException("holders", $"joint co-ownership (共同共有) carries no shares, but {withShare.Party.Name} has {withShare.Share}");
                }

                break;
            case CoOwnership.ByShares:
                if (holders.Count < 2)
                {
                    throw new DomainValidationException("coOwnership", "co-ownership by shares (按份共有) needs at least two holders");
                }

                var missing = holders.FirstOrDefault(h => h.Share is null);
                if (missing is not null)
                {
                    throw new DomainValidationException("holders", $"co-ownership by shares (按份共有): {missing.Party.Name} has no share");
                }

                var sumError = Share.CheckSumIsWhole([.. holders.Select(h => h.Share!.Value)]);
                if (sumError is not null)
                {
                    throw new DomainValidationException("holders", sumError);
                }

                break;
            default:
                throw new DomainValidationException("coOwnership", $"unknown co-ownership type {coOwnership}");
        }

        if (termStart is not null && termEnd is not null && termEnd < termStart)
        {
            throw new DomainValidationException("termEnd", $"term end {termEnd:yyyy-MM-dd} is before term start {termStart:yyyy-MM-dd}");
        }
    }
}
