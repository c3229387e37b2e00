using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>What one effect changed: the entries it appended and the entries it closed.</summary>
/// <param name="Index">Position of the effect in the applied list.</param>
/// <param name="Effect">The effect.</param>
/// <param name="Unit">The unit changed.</param>
/// <param name="Appended">Entries appended by the effect.</param>
/// <param name="Closed">Entries closed by the effect.</param>
public sealed record EffectOutcome(int Index, RegisterEffect Effect, UnitCode Unit, IReadOnlyList<RegisterEntry> Appended, IReadOnlyList<RegisterEntry> Closed);
