using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Transfer (转移登记): the right passes from the transferors to the new holders (sale, gift, inheritance, court order,
/// division, co-owner change). Every transferor must be a recorded holder; a holder who is not a transferor must stay with
/// at least the same share. Refused while seized (SEI-01) and, without the holder's consent, while a pre-notice for
/// someone else is in force (PRE-01).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Transferors">ID numbers of the recorded holders who give up their right or share (转让方).</param>
/// <param name="CoOwnership">Co-ownership type after the transfer.</param>
/// <param name="Holders">Every holder after the transfer.</param>
/// <param name="CertificateNumber">New right certificate number, if known at booking.</param>
/// <param name="RightType">New right type; null keeps the current one.</param>
/// <param name="PreNoticeHolderConsent">The pre-notice holder consented in writing (PRE_NOTICE_HOLDER_CONSENT).</param>
public sealed record TransferOwnership(
    string Unit,
    IReadOnlyList<string> Transferors,
    CoOwnership CoOwnership,
    IReadOnlyList<HolderSpec> Holders,
    string? CertificateNumber = null,
    string? RightType = null,
    bool PreNoticeHolderConsent = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = EffectScope.RequireOwnership(register);
        var holders = WithStayingCoOwners(current, Transferors, CoOwnership, scope.Holders(Holders));
        CheckTransferors(current, Transferors, CoOwnership, holders);
        EffectScope.RequireNotSeized(register, "a transfer");
        EffectScope.RequirePreNoticeAllows(register, holders.Select(h => h.Party), PreNoticeHolderConsent, "a transfer to someone else");
        register.TransferOwnership(scope.CaseNumber, scope.At, CoOwnership, holders, EffectScope.Certificate(CertificateNumber, "certificateNumber"), RightType);
    }

    /// <summary>
    /// A share transfer under 按份共有 (民法典 305; IR 10 para 2): when the holders given are only the transferees, the co-owners
    /// who do not transfer keep their recorded shares, and a co-owner who acquires a share adds it to theirs. Only that share
    /// changes hands; the shares must still add up to 1 (the entry checks it).
    /// </summary>
    internal static IReadOnlyList<RightHolder> WithStayingCoOwners(OwnershipEntry current, IReadOnlyList<string>? transferors, CoOwnership coOwnership, IReadOnlyList<RightHolder> holders)
    {
        if (current.CoOwnership != CoOwnership.ByShares || coOwnership != CoOwnership.ByShares || transferors is null || transferors.Count == 0)
        {
            return holders;
        }

        var staying = current.Holders.Where(h => !transferors.Any(t => EffectScope.SameId(h.Party.IdNumber, t))).ToList();
        var given = Share.Total(holders.Where(h => h.Share is not null).Select(h => h.Share!.Value));
        if (staying.Count == 0 || holders.Any(h => h.Share is null) || given.Numerator >= given.Denominator)
        {
            return holders; // the holders given are every holder after the transfer (their shares make the whole), as before
        }

        var result = new List<RightHolder>();
        foreach (var s in staying)
        {
            var acquired = holders.FirstOrDefault(h => EffectScope.SameId(h.Party.IdNumber, s.Party.IdNumber));
            result.Add(acquired is { Share: { } more } && s.Share is { } kept ? s with { Share = Add(kept, more) } : s);
        }

        result.AddRange(holders.Where(h => !staying.Any(s => EffectScope.SameId(h.Party.IdNumber, s.Party.IdNumber))));
        return result;
    }

    private static Share Add(Share a, Share b)
    {
        var (n, d) = Share.Total([a, b]);
        return Share.Of(n, d);
    }

    /// <summary>Checks that the transferors are recorded holders and that nobody else loses a right or share.</summary>
    internal static void CheckTransferors(OwnershipEntry current, IReadOnlyList<string>? transferors, CoOwnership coOwnership, IReadOnlyList<RightHolder> holders)
    {
        if (transferors is null || transferors.Count == 0)
        {
            throw EffectScope.Refuse("name at least one transferor (the recorded holder who transfers)");
        }

        var recorded = string.Join("、", current.Holders.Select(h => $"{h.Party.Name} {h.Party.IdNumber}"));
        foreach (var id in transferors)
        {
            if (!EffectScope.IsHolder(current, id))
            {
                throw EffectScope.Refuse($"transferor {id} is not a recorded holder (recorded: {recorded})");
            }
        }

        foreach (var staying in current.Holders.Where(h => !transferors.Any(t => EffectScope.SameId(h.Party.IdNumber, t))))
        {
            var after = holders.FirstOrDefault(h => EffectScope.SameId(h.Party.IdNumber, staying.Party.IdNumber));
            if (after is null || (coOwnership != current.CoOwnership) || (staying.Share is { } before && after.Share is { } now && Less(now, before)))
            {
                throw EffectScope.Refuse($"{staying.Party.Name} is a recorded holder but not a transferor, so the transfer cannot remove them, reduce their share or change the co-ownership type");
            }
        }
    }

    private static bool Less(Share a, Share b) => (decimal)a.Numerator / a.Denominator < (decimal)b.Numerator / b.Denominator;
}
