using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>Mortgage (抵押权). Priority (顺位) follows acceptance order (MTG-03) and is derived by the register.</summary>
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
        CertificateNumber? proofNumber)
        : base(id, caseNumber, recordedAt)
    {
        ArgumentNullException.ThrowIfNull(mortgagee);
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

    /// <inheritdoc />
    public override string Describe() => $"{MortgageKind} mortgage {Amount:0.00} yuan to {Mortgagee.Name}, debt {DebtStart:yyyy-MM-dd}..{DebtEnd:yyyy-MM-dd}";
}
