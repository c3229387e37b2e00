namespace Registry.Application.Review.Facts;

/// <summary>The net-signed or filed sale contract from the housing authority (网签/备案合同).</summary>
public sealed record NetSignedContractFacts
{
    /// <summary>Contract number.</summary>
    public required string ContractNo { get; init; }

    /// <summary>Unit code in the contract.</summary>
    public required string UnitCode { get; init; }

    /// <summary>Contract price, yuan.</summary>
    public required decimal Price { get; init; }

    /// <summary>Sellers.</summary>
    public IReadOnlyList<ContractPartyFacts> Sellers { get; init; } = [];

    /// <summary>Buyers.</summary>
    public IReadOnlyList<ContractPartyFacts> Buyers { get; init; } = [];

    /// <summary>The contract is filed (备案), not only signed.</summary>
    public bool IsFiled { get; init; } = true;
}
