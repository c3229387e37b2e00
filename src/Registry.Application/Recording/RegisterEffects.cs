using Registry.Domain;
using Registry.Domain.Codes;

namespace Registry.Application.Recording;

/// <summary>Helpers over lists of effects.</summary>
public static class RegisterEffects
{
    /// <summary>The distinct units the effects name (to load their registers before applying).</summary>
    /// <exception cref="DomainValidationException">A unit code is malformed.</exception>
    public static IReadOnlyList<UnitCode> UnitsOf(IEnumerable<RegisterEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        return [.. effects.Select(e => UnitCode.Parse(e.Unit, "unit")).Distinct()];
    }
}
