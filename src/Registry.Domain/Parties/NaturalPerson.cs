using Registry.Domain.Codes;

namespace Registry.Domain.Parties;

/// <summary>A natural person (自然人) identified by a resident ID number.</summary>
public sealed record NaturalPerson : Party
{
    /// <summary>Identification kind stored for natural persons.</summary>
    public const string Kind = "ResidentId";

    /// <summary>Creates a person.</summary>
    public NaturalPerson(string name, ResidentIdNumber idNumber)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        Id = idNumber;
    }

    /// <summary>The validated ID number.</summary>
    public ResidentIdNumber Id { get; }

    /// <inheritdoc />
    public override string IdKind => Kind;

    /// <inheritdoc />
    public override IdentityDocumentType DocumentType => IdentityDocumentType.ResidentId;

    /// <inheritdoc />
    public override string IdNumber => Id.Value;
}
