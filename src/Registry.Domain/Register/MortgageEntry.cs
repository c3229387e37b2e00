using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>
/// Mortgage (抵押权). Priority (顺位) follows acceptance order (MTG-03) and is derived by the register. Besides the mortgagee,
/// kind, secured amount (被担保主债权数额) or ceiling (最高债权额) and debt term (债务履行期限), the entry records the
/// mortgagors (抵押人) and whether the parties agreed that the mortgaged property may not be transferred (约定不得转让,
/// Civil Code 406 para 1; the 2021 登记簿 records it, see register-rules.md MTG-05).
/// </summary>
public sealed class MortgageEntry : RegisterEntry
{
    internal MortgageEntry(
        Guid id,
        CaseNumber caseNumber,
        DateTimeOffset recordedAt,
        MortgageKind mortgageKind,
        Party mortgagee,
        decimal amount,
        DateOnly debtStart,
        DateOnly debtEnd,
        DateTimeOffset acceptedAt,
        CertificateNumber? proofNumber,
        IReadOnlyList<Party>? mortgagors = null,
        bool transferRestricted = false,
        MortgageDetails? details = null,
        DateTimeOffset? rankedAt = null)
        : base(id, caseNumber, recordedAt)
    {
        details ??= MortgageDetails.Default;
        if (details.Debtor is { } debtor && string.Equals(debtor.IdNumber, mortgagee.IdNumber, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainValidationException("debtor", $"{mortgagee.Name} cannot be both mortgagee and debtor of one mortgage");
        }

        if ((details.Scope & GuaranteeScope.Principal) == 0)
        {
            throw new DomainValidationException("guaranteeScope", "the guarantee scope (担保范围) must include the principal claim (主债权, Civil Code 389)");
        }

        ArgumentNullException.ThrowIfNull(mortgagee);
        mortgagors ??= [];
        if (mortgagors.Any(m => m is null))
        {
            throw new DomainValidationException("mortgagors", "a mortgagor (抵押人) is missing");
        }

        if (mortgagors.Any(m => string.Equals(m.IdNumber, mortgagee.IdNumber, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainValidationException("mortgagors", $"{mortgagee.Name} cannot be both mortgagee and mortgagor of one mortgage");
        }

        if (mortgagors.GroupBy(m => m.IdNumber.ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainValidationException("mortgagors", $"mortgagor {twice.Key} is named twice");
        }

        if (amount <= 0)
        {
            throw new DomainValidationException("amount", $"mortgage amount must be greater than 0 yuan, not {amount}");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainValidationException("amount", $"mortgage amount {amount} has more than 2 decimals (yuan and fen)");
        }

        if (debtEnd < debtStart)
        {
            throw new DomainValidationException("debtEnd", $"debt term end {debtEnd:yyyy-MM-dd} is before its start {debtStart:yyyy-MM-dd}");
        }

        if (acceptedAt > recordedAt)
        {
            throw new DomainValidationException("acceptedAt", $"acceptance time {acceptedAt:O} is after the booking time {recordedAt:O}");
        }

        MortgageKind = mortgageKind;
        Mortgagee = mortgagee;
        Amount = amount;
        DebtStart = debtStart;
        DebtEnd = debtEnd;
        AcceptedAt = acceptedAt;
        ProofNumber = proofNumber;
        Mortgagors = [.. mortgagors];
        TransferRestricted = transferRestricted;
        Details = details;
        RankedAt = rankedAt;
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.Mortgage;

    /// <summary>General or maximum-amount.</summary>
    public MortgageKind MortgageKind { get; }

    /// <summary>Mortgagee (抵押权人), usually a bank.</summary>
    public Party Mortgagee { get; }

    /// <summary>Secured amount (or ceiling) in yuan, 2 decimals.</summary>
    public decimal Amount { get; }

    /// <summary>Start of the debt term (债务履行期限).</summary>
    public DateOnly DebtStart { get; }

    /// <summary>End of the debt term.</summary>
    public DateOnly DebtEnd { get; }

    /// <summary>When the mortgage case was accepted; decides priority.</summary>
    public DateTimeOffset AcceptedAt { get; }

    /// <summary>Registration proof number (不动产证明号).</summary>
    public CertificateNumber? ProofNumber { get; }

    /// <summary>
    /// Mortgagors (抵押人): who gave the property as security — normally its owners when the mortgage was booked. Empty on
    /// entries booked before mortgagors were recorded.
    /// </summary>
    public IReadOnlyList<Party> Mortgagors { get; }

    /// <summary>
    /// The parties agreed that the mortgaged property may not be transferred (禁止或限制转让的约定): a transfer then needs the
    /// mortgagee's consent (Civil Code 406 para 1; SPC guarantee interpretation art. 43 para 2).
    /// </summary>
    public bool TransferRestricted { get; }

    /// <summary>Guarantee scope, debtor (where not the mortgagor) and whether the building is under construction.</summary>
    public MortgageDetails Details { get; }

    /// <summary>
    /// The instant that ranks the mortgage when the mortgagees changed its rank by agreement (抵押权顺位变更, Civil Code 409,
    /// IR 68); null: it ranks by <see cref="AcceptedAt"/>.
    /// </summary>
    public DateTimeOffset? RankedAt { get; }

    /// <summary>What decides the priority: <see cref="RankedAt"/> when set, else <see cref="AcceptedAt"/>.</summary>
    public DateTimeOffset RankKey => RankedAt ?? AcceptedAt;

    /// <inheritdoc />
    public override string Describe() => $"{MortgageKind} mortgage {Amount:0.00} yuan to {Mortgagee.Name}, debt {DebtStart:yyyy-MM-dd}..{DebtEnd:yyyy-MM-dd}"
        + (Mortgagors.Count > 0 ? $", mortgagors {string.Join("、", Mortgagors.Select(m => m.Name))}" : string.Empty)
        + (TransferRestricted ? ", transfer restricted by agreement" : string.Empty)
        + (Details.Scope != GuaranteeScope.Statutory ? $", scope {Details.Scope}" : string.Empty)
        + (Details.Debtor is { } d ? $", debtor {d.Name}" : string.Empty)
        + (Details.InConstruction ? ", building under construction" : string.Empty);
}
