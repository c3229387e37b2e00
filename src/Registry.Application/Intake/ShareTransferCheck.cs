using System.Globalization;
using Registry.Application.Catalogue;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Intake;

/// <summary>
/// 按份共有份额转让 at acceptance (declared fact <c>disposesWhole = false</c> on a transfer type). A co-owner by shares may
/// transfer their own share (民法典 305; IR 10 para 2), so the transferees' shares need not add up to 1; instead the unit's
/// shares after the transfer — the co-owners who stay, with their recorded shares, plus the transferees — must add up to
/// exactly 1 (民法典 297–299; COO-03). When a share goes to someone who is not already a co-owner, the other co-owners'
/// right of first refusal (优先购买权, 民法典 305–306) must be accounted for: the application declares
/// <c>firstRefusal = Waived</c> with the co-owners' written waiver (FIRST_REFUSAL_WAIVER 放弃优先购买权声明) or
/// <c>firstRefusal = Notified</c> with the notice and its proof of delivery (FIRST_REFUSAL_NOTICE 优先购买权通知书及送达凭证).
/// The registry records the declaration and the document; it does not judge whether the co-owners' terms were "the same
/// conditions" (同等条件) — that is for the courts. A transfer between co-owners needs neither (物权编解释（一） art. 13), nor
/// does a share passing by inheritance or bequest (art. 9). Whether a gift triggers the right is not settled in the domain
/// reference; the check asks for the declaration on a gift too ([verify]).
/// </summary>
internal static class ShareTransferCheck
{
    public const string Waived = "Waived";
    public const string Notified = "Notified";
    public const string WaiverMaterial = "FIRST_REFUSAL_WAIVER";
    public const string NoticeMaterial = "FIRST_REFUSAL_NOTICE";

    public static void Check(BusinessType type, CaseDeclaration declaration, string? cause, IReadOnlyList<CaseParty> parties, IReadOnlyList<string> materials,
        IReadOnlyList<(string Field, UnitRegister Register)> units, List<AcceptanceProblem> problems)
    {
        if (!declaration.IsShareTransfer || !type.Effects.Any(e => e.Effect == "TransferOwnership"))
        {
            return;
        }

        var transferors = parties.Where(p => p.Role == CasePartyRole.Transferor).ToList();
        var transferees = parties.Where(p => p.Role == CasePartyRole.Transferee).ToList();
        foreach (var (field, register) in units)
        {
            var unit = register.Unit.Code.Value;
            if (register.Current.Ownership is not { } ownership)
            {
                continue; // the ownership rules name a unit with nothing to transfer
            }

            if (ownership.CoOwnership != CoOwnership.ByShares)
            {
                problems.Add(new("facts.disposesWhole",
                    $"{field}: unit {unit} is held {ownership.CoOwnership}, not by shares (按份共有); only a co-owner by shares has a share to transfer (民法典 298–299, 305)",
                    AcceptanceProblemCode.ShareTransferNotByShares, [unit, ownership.CoOwnership.ToString()]));
                continue;
            }

            bool Same(RightHolder h, CaseParty p) => string.Equals(h.Party.IdNumber, p.Party.IdNumber, StringComparison.OrdinalIgnoreCase);
            var staying = ownership.Holders.Where(h => !transferors.Any(t => Same(h, t))).ToList();
            var after = new List<(string Name, Share? Share)>();
            after.AddRange(staying.Select(h => (h.Party.Name, h.Share)));
            after.AddRange(transferees.Select(t => (t.Party.Name, t.Share)));
            var known = after.Where(a => a.Share is not null).Select(a => a.Share!.Value).ToList();
            var (n, d) = Share.Total(known);
            if (known.Count != after.Count || n != d)
            {
                var shares = string.Join(", ", after.Select(a => $"{a.Name} {(a.Share is { } s ? s.ToString() : "?")}"));
                var total = string.Create(CultureInfo.InvariantCulture, $"{n}/{d}");
                problems.Add(new("parties",
                    $"{field}: after the share transfer the shares of unit {unit} ({shares}) add up to {total}, not 1; the co-owners who stay keep their recorded shares (民法典 297–299; IR 10 para 2)",
                    AcceptanceProblemCode.ShareTransferTotal, [unit, total, shares]));
            }

            // A share that passes by inheritance or bequest carries no right of first refusal (物权编解释（一） art. 9).
            var outsiders = transferees.Where(t => !ownership.Holders.Any(h => Same(h, t))).ToList();
            if (outsiders.Count == 0 || staying.Count == 0 || cause is "Inheritance" or "Bequest")
            {
                continue;
            }

            var declared = declaration.Extras.GetValueOrDefault("firstRefusal")?.Trim();
            var material = string.Equals(declared, Waived, StringComparison.OrdinalIgnoreCase) ? WaiverMaterial
                : string.Equals(declared, Notified, StringComparison.OrdinalIgnoreCase) ? NoticeMaterial
                : null;
            if (material is null || !materials.Contains(material, StringComparer.Ordinal))
            {
                var others = string.Join("、", staying.Select(h => h.Party.Name));
                problems.Add(new("facts.firstRefusal",
                    $"{field}: the share of unit {unit} goes to {string.Join("、", outsiders.Select(o => o.Party.Name))}, who is not a co-owner; declare firstRefusal = {Waived} with {WaiverMaterial} or {Notified} with {NoticeMaterial} for the other co-owners ({others}) (民法典 305–306)",
                    AcceptanceProblemCode.ShareTransferFirstRefusal, [unit, others]));
            }
        }
    }
}
