using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Change (变更登记) without a change of holder: names or ID numbers of the same holders, co-ownership type among the same
/// holders, right type, land-use term. Each new holder must match a recorded holder by ID number or by name. Allowed
/// while seized (not a disposal).
/// </summary>
/// <remarks>
/// Changes of the unit's natural state (坐落, 用途, 面积) are not register entries here: the unit row holds them and the
/// register book has no entry kind for them yet, so this effect does not cover them.
/// </remarks>
/// <param name="Unit">Unit code.</param>
/// <param name="Holders">The holders after the change; null keeps them.</param>
/// <param name="CoOwnership">The co-ownership type after the change; null keeps it.</param>
/// <param name="RightType">New right type; null keeps it.</param>
/// <param name="TermStart">New term start; null keeps it.</param>
/// <param name="TermEnd">New term end; null keeps it.</param>
/// <param name="CertificateNumber">The reissued certificate number; null keeps the current one.</param>
public sealed record ChangeOwnership(
    string Unit,
    IReadOnlyList<HolderSpec>? Holders = null,
    CoOwnership? CoOwnership = null,
    string? RightType = null,
    DateOnly? TermStart = null,
    DateOnly? TermEnd = null,
    string? CertificateNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = EffectScope.RequireOwnership(register);
        var holders = Holders is null ? current.Holders : scope.Holders(Holders);
        if (holders.Count != current.Holders.Count
            || holders.Any(h => !current.Holders.Any(c => EffectScope.SameId(c.Party.IdNumber, h.Party.IdNumber) || c.Party.Name == h.Party.Name)))
        {
            throw EffectScope.Refuse("a change keeps the same holders (each matched by ID number or by name); adding or removing holders is a TransferOwnership");
        }

        if (Holders is null && RightType is null && CoOwnership is null && TermStart is null && TermEnd is null && CertificateNumber is null)
        {
            throw EffectScope.Refuse("nothing to change: give holders, coOwnership, rightType, term or certificateNumber");
        }

        register.ChangeOwnership(scope.CaseNumber, scope.At, CoOwnership ?? current.CoOwnership, holders,
            EffectScope.Certificate(CertificateNumber, "certificateNumber") ?? current.CertificateNumber, RightType, TermStart, TermEnd);
    }
}
