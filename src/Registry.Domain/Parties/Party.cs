using Registry.Domain.Codes;

namespace Registry.Domain.Parties;

/// <summary>A party (权利人/义务人) named in the register: a natural person or an organisation.</summary>
public abstract record Party
{
    /// <summary>Creates a party with a name.</summary>
    protected Party(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException("name", "party name is required");
        }

        Name = name.Trim();
    }

    /// <summary>Full name (person) or registered name (organisation).</summary>
    public string Name { get; }

    /// <summary>Kind of identification as stored: "ResidentId", "CreditCode" or another <see cref="IdentityDocument.KindOf"/>.</summary>
    public abstract string IdKind { get; }

    /// <summary>The identity document type (证件种类).</summary>
    public abstract IdentityDocumentType DocumentType { get; }

    /// <summary>True for an organisation (credit code or organisation code).</summary>
    public bool IsOrganisation => IdentityDocument.IsOrganisation(DocumentType);

    /// <summary>The identification number as stored.</summary>
    public abstract string IdNumber { get; }

    /// <summary>
    /// Creates a party of <paramref name="type"/> after checking <paramref name="number"/> by that type's standard.
    /// </summary>
    /// <exception cref="IdentityDocumentInvalidException">The number is not valid for the type; names the field.</exception>
    public static Party Create(string name, IdentityDocumentType type, string? number, DateOnly today, string field = "idNumber")
    {
        if (IdentityDocument.Check(type, number, today, out var value) is { } problem)
        {
            throw new IdentityDocumentInvalidException(field, problem);
        }

        return type switch
        {
            IdentityDocumentType.ResidentId => new NaturalPerson(name, ResidentIdNumber.Parse(value, today, field)),
            IdentityDocumentType.CreditCode => new Organisation(name, UnifiedSocialCreditCode.Parse(value, field)),
            _ => new DocumentedParty(name, type, value),
        };
    }

    /// <summary>Rebuilds a stored party from its stored kind (checked when it was written; birth dates are not re-checked).</summary>
    /// <exception cref="InvalidOperationException">The kind is unknown.</exception>
    public static Party Restore(string name, string idKind, string idNumber) => idKind switch
    {
        // The two kinds almost every stored party has are parsed once, as before document types existed.
        NaturalPerson.Kind => new NaturalPerson(name, ResidentIdNumber.Parse(idNumber, DateOnly.MaxValue)),
        Organisation.Kind => new Organisation(name, UnifiedSocialCreditCode.Parse(idNumber)),
        _ when IdentityDocument.TryParseKind(idKind, out var type) => Create(name, type, idNumber, DateOnly.MaxValue),
        _ => throw new InvalidOperationException($"Unknown party identification kind '{idKind}'."),
    };
}
