using Registry.Application.Recording;

namespace Registry.Application.Tests.Recording;

/// <summary>Wraps an effect for theory data (xUnit shows its JSON).</summary>
public sealed record RegisterEffectCase(RegisterEffect Effect)
{
    public override string ToString() => RegisterEffectJson.Serialize(Effect);
}
