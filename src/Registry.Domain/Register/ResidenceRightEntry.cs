using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>Residence right (居住权).</summary>
public sealed class ResidenceRightEntry : RegisterEntry
{
    internal ResidenceRightEntry(Guid id, CaseNumber caseNumber, DateTimeOffset recordedAt, Party holder, DateOnly? termEnd, string? conditions, CertificateNumber? proofNumber)
        : base(id, caseNumber, recordedAt)
    {
        ArgumentNullException.ThrowIfNull(holder);
        Holder = holder;
        TermEnd = termEnd;
        Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        ProofNumber = proofNumber;
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.ResidenceRight;

    /// <summary>Holder of the residence right.</summary>
    public Party Holder { get; }

    /// <summary>End of the term; null for life.</summary>
    public DateOnly? TermEnd { get; }

    /// <summary>Conditions and requirements of the residence.</summary>
    public string? Conditions { get; }

    /// <summary>Registration proof number.</summary>
    public CertificateNumber? ProofNumber { get; }

    /// <inheritdoc />
    public override string Describe() => TermEnd is null ? $"Residence right of {Holder.Name} for life" : $"Residence right of {Holder.Name} until {TermEnd:yyyy-MM-dd}";
}
