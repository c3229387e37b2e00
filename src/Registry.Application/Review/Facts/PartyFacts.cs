namespace Registry.Application.Review.Facts;

/// <summary>A party to a case as the rules see it (当事人).</summary>
public sealed record PartyFacts
{
    /// <summary>Role in the case.</summary>
    public required PartyRole Role { get; init; }

    /// <summary>
    /// Side of the dealing; when not set, follows from <see cref="Role"/> (转让方/抵押人/权利人 give, 受让方/抵押权人 take).
    /// The case mapper sets it where the catalogue role says more (a mortgage transfer's old mortgagee gives).
    /// </summary>
    public PartySide Side
    {
        get => _side ?? SideOf(Role);
        init => _side = value;
    }

    private readonly PartySide? _side;

    /// <summary>Person or organisation.</summary>
    public PartyKind Kind { get; init; } = PartyKind.Person;

    /// <summary>Name as applied.</summary>
    public required string Name { get; init; }

    /// <summary>Identity document type.</summary>
    public IdType IdType { get; init; } = IdType.ResidentId;

    /// <summary>Identity document number as applied.</summary>
    public required string IdNumber { get; init; }

    /// <summary>The identity document is within its validity period (证件在有效期内).</summary>
    public bool IdDocumentValid { get; init; } = true;

    /// <summary>Declared or verified marital status.</summary>
    public MaritalStatus MaritalStatus { get; init; } = MaritalStatus.Unknown;

    /// <summary>Share acquired or held, as an exact fraction; null when not by shares.</summary>
    public ShareFraction? Share { get; init; }

    /// <summary>The party signs the application (not merely named).</summary>
    public bool IsApplicant { get; init; } = true;

    /// <summary>Minor or person without full civil capacity (未成年人/限制行为能力人).</summary>
    public bool LacksFullCapacity { get; init; }

    /// <summary>For a guardian: is a parent of the ward.</summary>
    public bool IsParentGuardian { get; init; } = true;

    /// <summary>Principal resides overseas (境外).</summary>
    public bool IsOverseas { get; init; }

    /// <summary>Shown to belong to the unit's collective economic organisation (本集体成员).</summary>
    public bool IsCollectiveMember { get; init; }

    /// <summary>The side a review role is on by itself.</summary>
    public static PartySide SideOf(PartyRole role) => role switch
    {
        PartyRole.Transferor or PartyRole.Mortgagor or PartyRole.Holder => PartySide.Giving,
        PartyRole.Transferee or PartyRole.Mortgagee => PartySide.Taking,
        _ => PartySide.None,
    };

    /// <summary>True when the party has the same name and ID number (case-insensitive ID, trimmed) as <paramref name="name"/>/<paramref name="idNumber"/>.</summary>
    public bool SameAs(string name, string idNumber) =>
        string.Equals(Name.Trim(), name.Trim(), StringComparison.Ordinal)
        && string.Equals(IdNumber.Trim(), idNumber.Trim(), StringComparison.OrdinalIgnoreCase);
}
