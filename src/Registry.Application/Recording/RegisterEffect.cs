using System.Text.Json.Serialization;
using Registry.Application.Recording.Effects;
using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>
/// One change to the register (登簿 effect) that registration types compose: a typed request with its parameters, written
/// to and read from JSON with the discriminator <c>"effect"</c> (see <see cref="RegisterEffectJson"/>), so a catalogue
/// entry or a scenario can name it. Applied by <see cref="IRegisterEffectApplier"/>, which checks its preconditions against
/// the unit's register and refuses with <see cref="RegisterEffectRefusedException"/>.
/// </summary>
/// <param name="Unit">The unit code (不动产单元号) of the register the effect changes.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "effect", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CreateOwnership), nameof(CreateOwnership))]
[JsonDerivedType(typeof(TransferOwnership), nameof(TransferOwnership))]
[JsonDerivedType(typeof(ChangeOwnership), nameof(ChangeOwnership))]
[JsonDerivedType(typeof(CancelOwnership), nameof(CancelOwnership))]
[JsonDerivedType(typeof(AddMortgage), nameof(AddMortgage))]
[JsonDerivedType(typeof(ChangeMortgage), nameof(ChangeMortgage))]
[JsonDerivedType(typeof(TransferMortgage), nameof(TransferMortgage))]
[JsonDerivedType(typeof(CancelMortgage), nameof(CancelMortgage))]
[JsonDerivedType(typeof(AddSeizure), nameof(AddSeizure))]
[JsonDerivedType(typeof(LiftSeizure), nameof(LiftSeizure))]
[JsonDerivedType(typeof(RenewSeizure), nameof(RenewSeizure))]
[JsonDerivedType(typeof(AddPreNotice), nameof(AddPreNotice))]
[JsonDerivedType(typeof(ChangePreNotice), nameof(ChangePreNotice))]
[JsonDerivedType(typeof(CancelPreNotice), nameof(CancelPreNotice))]
[JsonDerivedType(typeof(ConvertPreNoticeToOwnership), nameof(ConvertPreNoticeToOwnership))]
[JsonDerivedType(typeof(ConvertPreNoticeToMortgage), nameof(ConvertPreNoticeToMortgage))]
[JsonDerivedType(typeof(AddObjection), nameof(AddObjection))]
[JsonDerivedType(typeof(CancelObjection), nameof(CancelObjection))]
[JsonDerivedType(typeof(AddResidenceRight), nameof(AddResidenceRight))]
[JsonDerivedType(typeof(ChangeResidenceRight), nameof(ChangeResidenceRight))]
[JsonDerivedType(typeof(CancelResidenceRight), nameof(CancelResidenceRight))]
[JsonDerivedType(typeof(AddEasement), nameof(AddEasement))]
[JsonDerivedType(typeof(AddEasementBenefit), nameof(AddEasementBenefit))]
[JsonDerivedType(typeof(ChangeEasement), nameof(ChangeEasement))]
[JsonDerivedType(typeof(CancelEasement), nameof(CancelEasement))]
[JsonDerivedType(typeof(CorrectOwnership), nameof(CorrectOwnership))]
[JsonDerivedType(typeof(CorrectMortgage), nameof(CorrectMortgage))]
[JsonDerivedType(typeof(ReissueCertificate), nameof(ReissueCertificate))]
public abstract record RegisterEffect(string Unit)
{
    /// <summary>The effect's name as written in JSON, e.g. <c>AddMortgage</c>.</summary>
    [JsonIgnore]
    public string Name => GetType().Name;

    /// <summary>Checks the preconditions against <paramref name="register"/> and applies the change.</summary>
    internal abstract void Apply(EffectScope scope, UnitRegister register);
}
