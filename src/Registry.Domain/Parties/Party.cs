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

    /// <summary>Kind of identification: "ResidentId" or "CreditCode".</summary>
    public abstract string IdKind { get; }

    /// <summary>The identification number as stored.</summary>
    public abstract string IdNumber { get; }
}
