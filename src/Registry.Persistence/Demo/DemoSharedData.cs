using System.Data.Common;
using Registry.Domain.Parties;
using Registry.Domain.Register;
using Registry.Persistence.SharedData;

namespace Registry.Persistence.Demo;

/// <summary>
/// Demo records of the data-sharing systems, consistent with the demo register: every person and organisation named in
/// the register is in the identity register; joint owners are married to each other; demo cases get their contract,
/// tax payment and maintenance-fund records.
/// </summary>
internal sealed class DemoSharedData
{
    private readonly Dictionary<string, SharedIdentityRow> _identities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SharedMarriageRow> _marriages = new(StringComparer.Ordinal);
    private readonly List<SharedContractRow> _contracts = [];
    private readonly List<SharedContractPartyRow> _contractParties = [];
    private readonly List<SharedTaxPaymentRow> _taxes = [];
    private readonly Dictionary<string, SharedMaintenanceFundRow> _funds = new(StringComparer.Ordinal);

    /// <summary>Adds everyone the register names, and marriages of joint owners.</summary>
    public void AddRegister(UnitRegister register)
    {
        foreach (var entry in register.Entries)
        {
            switch (entry)
            {
                case OwnershipEntry o:
                    foreach (var h in o.Holders)
                    {
                        AddIdentity(h.Party);
                    }

                    if (o.CoOwnership == CoOwnership.Joint && o.Holders.Count == 2)
                    {
                        Marry(o.Holders[0].Party, o.Holders[1].Party);
                    }

                    break;
                case MortgageEntry m:
                    AddIdentity(m.Mortgagee);
                    break;
                case PreNoticeEntry p:
                    AddIdentity(p.Holder);
                    break;
                case ObjectionEntry x:
                    AddIdentity(x.Applicant);
                    break;
                case ResidenceRightEntry r:
                    AddIdentity(r.Holder);
                    break;
                case EasementEntry e:
                    AddIdentity(e.Holder);
                    break;
            }
        }
    }

    /// <summary>Adds one identity record (first name wins).</summary>
    public void AddIdentity(Party party) => _identities.TryAdd(party.IdNumber, new SharedIdentityRow { IdNumber = party.IdNumber, Name = party.Name });

    /// <summary>Adds a net-signed, filed contract.</summary>
    public void AddContract(string contractNo, string unitCode, decimal price, DateOnly signedOn, IReadOnlyList<Party> sellers, IReadOnlyList<Party> buyers)
    {
        _contracts.Add(new SharedContractRow { ContractNo = contractNo, UnitCode = unitCode, Price = price, IsFiled = true, SignedOn = signedOn });
        _contractParties.AddRange(sellers.Select((p, i) => new SharedContractPartyRow { ContractNo = contractNo, Side = "Seller", Ordinal = i, Name = p.Name, IdNumber = p.IdNumber }));
        _contractParties.AddRange(buyers.Select((p, i) => new SharedContractPartyRow { ContractNo = contractNo, Side = "Buyer", Ordinal = i, Name = p.Name, IdNumber = p.IdNumber }));
    }

    /// <summary>Adds a paid tax record for a case.</summary>
    public void AddTaxPaid(string caseNumber, decimal amount, string voucherNo) =>
        _taxes.Add(new SharedTaxPaymentRow { CaseNumber = caseNumber, Paid = true, Amount = amount, VoucherNo = voucherNo });

    /// <summary>Marks a unit's maintenance fund paid.</summary>
    public void AddFundPaid(string unitCode) => _funds.TryAdd(unitCode, new SharedMaintenanceFundRow { UnitCode = unitCode, Paid = true });

    /// <summary>Writes every record in <paramref name="transaction"/> with bulk inserts (contracts before their parties).</summary>
    public async Task WriteAsync(RegistryDbContext db, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await DemoCases.WriteAsync(db, connection, transaction, _identities.Values, cancellationToken);
        await DemoCases.WriteAsync(db, connection, transaction, _marriages.Values, cancellationToken);
        await DemoCases.WriteAsync(db, connection, transaction, _contracts, cancellationToken);
        await DemoCases.WriteAsync(db, connection, transaction, _contractParties, cancellationToken);
        await DemoCases.WriteAsync(db, connection, transaction, _taxes, cancellationToken);
        await DemoCases.WriteAsync(db, connection, transaction, _funds.Values, cancellationToken);
    }

    private void Marry(Party a, Party b)
    {
        _marriages.TryAdd(a.IdNumber, new SharedMarriageRow { IdNumber = a.IdNumber, Status = "Married", SpouseName = b.Name, SpouseIdNumber = b.IdNumber });
        _marriages.TryAdd(b.IdNumber, new SharedMarriageRow { IdNumber = b.IdNumber, Status = "Married", SpouseName = a.Name, SpouseIdNumber = a.IdNumber });
    }
}
