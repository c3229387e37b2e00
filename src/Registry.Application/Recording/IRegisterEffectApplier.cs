using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>
/// Applies register effects to loaded <see cref="UnitRegister"/>s in memory, all or nothing: when one effect is refused,
/// every change made by the earlier effects of the list is rolled back and <see cref="RegisterEffectRefusedException"/>
/// is thrown. Effects are applied in list order (a combined case books its steps in order), all at one booking instant.
/// </summary>
/// <remarks>
/// Storing is the caller's job and must be one transaction: load every unit named by the effects
/// (<see cref="RegisterEffects.UnitsOf"/>) through <c>IRegisterRepository.FindAsync</c> (or <c>UnitRegister.Open</c> for a
/// unit set up by this case), apply, then call <c>SaveAsync</c> (or <c>AddAsync</c>) for each changed register inside one
/// database transaction together with the case's journal; on <c>RegisterConcurrencyException</c> roll the transaction back,
/// reload and apply again.
/// </remarks>
public interface IRegisterEffectApplier
{
    /// <summary>Applies <paramref name="effects"/> in order to <paramref name="registers"/>.</summary>
    /// <param name="registers">The registers of every unit the effects name.</param>
    /// <param name="effects">The effects, in booking order.</param>
    /// <param name="context">The booking case.</param>
    /// <returns>What each effect appended and closed.</returns>
    /// <exception cref="RegisterEffectRefusedException">An effect was refused; no register was changed.</exception>
    RecordingResult Apply(IReadOnlyCollection<UnitRegister> registers, IReadOnlyList<RegisterEffect> effects, RecordingContext context);
}
