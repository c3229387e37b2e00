namespace Registry.Domain.Parties;

/// <summary>
/// A party identified by a document other than a resident ID or a credit code (passport, travel or residence permit,
/// foreigner's permanent residence ID, organisation code, other), its number checked by <see cref="IdentityDocument"/>.
/// </summary>
public sealed record DocumentedParty : Party
{
    /// <summary>Creates a party; the number must already be valid for <paramref name="type"/> (use <see cref="Party.Create"/>).</summary>
    internal DocumentedParty(string name, IdentityDocumentType type, string number)
        : base(name)
    {
        if (type is IdentityDocumentType.ResidentId or IdentityDocumentType.CreditCode)
        {
            throw new ArgumentException($"{type} parties are {nameof(NaturalPerson)} or {nameof(Organisation)}", nameof(type));
        }

        DocumentType = type;
        IdNumber = number;
    }

    /// <inheritdoc />
    public override IdentityDocumentType DocumentType { get; }

    /// <inheritdoc />
    public override string IdKind => IdentityDocument.KindOf(DocumentType);

    /// <inheritdoc />
    public override string IdNumber { get; }
}
