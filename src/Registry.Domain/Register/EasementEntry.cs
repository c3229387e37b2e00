using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>
/// Easement (地役权) burdening this unit in favour of a benefiting unit's holder — or, with <see cref="ServientUnit"/>, the
/// same easement as the benefiting unit's register (需役地登记簿) records it (IR 60: both registers).
/// </summary>
public sealed class EasementEntry : RegisterEntry
{
    internal EasementEntry(Guid id, CaseNumber caseNumber, DateTimeOffset recordedAt, Party holder, string purpose, UnitCode? benefitingUnit, CertificateNumber? proofNumber, UnitCode? servientUnit = null)
        : base(id, caseNumber, recordedAt)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new DomainValidationException("purpose", "easement purpose (地役权内容) is required");
        }

        Holder = holder;
        Purpose = purpose.Trim();
        BenefitingUnit = benefitingUnit;
        ProofNumber = proofNumber;
        ServientUnit = servientUnit;
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.Easement;

    /// <summary>Holder of the easement (需役地权利人).</summary>
    public Party Holder { get; }

    /// <summary>What the easement allows, e.g. 通行.</summary>
    public string Purpose { get; }

    /// <summary>The benefiting unit (需役地), when registered.</summary>
    public UnitCode? BenefitingUnit { get; }

    /// <summary>Registration proof number.</summary>
    public CertificateNumber? ProofNumber { get; }

    /// <summary>On the benefiting unit's register: the burdened unit (供役地); null on the burdened unit's own entry.</summary>
    public UnitCode? ServientUnit { get; }

    /// <summary>True when this entry records the benefit (需役地 side), not a burden.</summary>
    public bool IsBenefit => ServientUnit is not null;

    /// <inheritdoc />
    public override string Describe() => ServientUnit is { } servient
        ? $"Easement ({Purpose}) over {servient} for {Holder.Name}"
        : $"Easement ({Purpose}) for {Holder.Name}";
}
