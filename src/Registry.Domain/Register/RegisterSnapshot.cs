namespace Registry.Domain.Register;

/// <summary>The state of a unit's register at one instant, rebuilt from its entries.</summary>
public sealed class RegisterSnapshot
{
    internal RegisterSnapshot(ImmovableUnit unit, DateTimeOffset instant, IEnumerable<RegisterEntry> entries)
    {
        Unit = unit;
        Instant = instant;
        var current = entries.Where(e => e.WasCurrentAt(instant)).ToList();
        Ownership = current.OfType<OwnershipEntry>().SingleOrDefault();
        Mortgages = [.. UnitRegister.InPriorityOrder(current.OfType<MortgageEntry>())];
        var seizures = current.OfType<SeizureEntry>().ToList();
        ActiveSeizure = seizures.SingleOrDefault(s => s.State == SeizureState.Active);
        WaitingSeizures = [.. UnitRegister.InQueueOrder(seizures.Where(s => s.State == SeizureState.Waiting))];
        PreNotices = [.. current.OfType<PreNoticeEntry>().OrderBy(e => e.RecordedAt)];
        Objections = [.. current.OfType<ObjectionEntry>().OrderBy(e => e.RecordedAt)];
        ResidenceRights = [.. current.OfType<ResidenceRightEntry>().OrderBy(e => e.RecordedAt)];
        Easements = [.. current.OfType<EasementEntry>().Where(e => !e.IsBenefit).OrderBy(e => e.RecordedAt)];
        EasementBenefits = [.. current.OfType<EasementEntry>().Where(e => e.IsBenefit).OrderBy(e => e.RecordedAt)];
    }

    /// <summary>The unit.</summary>
    public ImmovableUnit Unit { get; }

    /// <summary>The instant of the snapshot.</summary>
    public DateTimeOffset Instant { get; }

    /// <summary>The ownership in force, if any.</summary>
    public OwnershipEntry? Ownership { get; }

    /// <summary>Mortgages in priority order: index 0 is priority 1.</summary>
    public IReadOnlyList<MortgageEntry> Mortgages { get; }

    /// <summary>The effective seizure, if any.</summary>
    public SeizureEntry? ActiveSeizure { get; }

    /// <summary>Waiting seizures in queue order: index 0 is next.</summary>
    public IReadOnlyList<SeizureEntry> WaitingSeizures { get; }

    /// <summary>Pre-notices in force.</summary>
    public IReadOnlyList<PreNoticeEntry> PreNotices { get; }

    /// <summary>Objections in force (including ones past their lapse date not yet cancelled).</summary>
    public IReadOnlyList<ObjectionEntry> Objections { get; }

    /// <summary>Residence rights in force.</summary>
    public IReadOnlyList<ResidenceRightEntry> ResidenceRights { get; }

    /// <summary>Easements in force burdening this unit.</summary>
    public IReadOnlyList<EasementEntry> Easements { get; }

    /// <summary>Easements in force this unit benefits from (recorded on its register, IR 60).</summary>
    public IReadOnlyList<EasementEntry> EasementBenefits { get; }
}
