namespace Registry.Domain.Register;

/// <summary>Kind of immovable unit.</summary>
public enum UnitKind
{
    /// <summary>宗地 — a land parcel without a registered building.</summary>
    Parcel,

    /// <summary>幢 — a whole building.</summary>
    Building,

    /// <summary>户 — a flat or room in a building.</summary>
    Household,
}
