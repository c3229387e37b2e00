namespace Registry.Domain.Register;

/// <summary>Kind of register entry.</summary>
public enum RegisterEntryKind
{
    /// <summary>所有权/使用权 — ownership or land-use right.</summary>
    Ownership,

    /// <summary>抵押权 — mortgage.</summary>
    Mortgage,

    /// <summary>查封 — judicial seizure (active or waiting).</summary>
    Seizure,

    /// <summary>预告登记 — pre-notice.</summary>
    PreNotice,

    /// <summary>异议登记 — objection.</summary>
    Objection,

    /// <summary>居住权 — residence right.</summary>
    ResidenceRight,

    /// <summary>地役权 — easement.</summary>
    Easement,
}
