namespace Registry.Application.Recording;

/// <summary>Thrown inside an effect to refuse it; the applier turns it into <see cref="RegisterEffectRefusedException"/> naming the effect and unit.</summary>
internal sealed class EffectRefusal(string reason) : Exception(reason);
