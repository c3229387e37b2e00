namespace Registry.Application.Recording;

/// <summary>
/// An effect's precondition does not hold against the register (e.g. the transferor is not the recorded owner, the
/// mortgage is not current, the unit is seized). Names the effect, its position in the list, the unit and the reason.
/// Nothing of the batch was applied.
/// </summary>
public sealed class RegisterEffectRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegisterEffectRefusedException(string effect, int index, string unit, string reason, Exception? innerException = null)
        : base($"{effect} (effect {index + 1}) on unit {unit} refused: {reason}", innerException)
    {
        Effect = effect;
        Index = index;
        Unit = unit;
        Reason = reason;
    }

    /// <summary>Creates the exception without details (tooling only).</summary>
    public RegisterEffectRefusedException()
        : this("effect", 0, "?", "refused")
    {
    }

    /// <summary>Creates the exception with a message (tooling only).</summary>
    public RegisterEffectRefusedException(string message)
        : this("effect", 0, "?", message)
    {
    }

    /// <summary>Creates the exception with a message and cause (tooling only).</summary>
    public RegisterEffectRefusedException(string message, Exception innerException)
        : this("effect", 0, "?", message, innerException)
    {
    }

    /// <summary>The effect name, e.g. <c>TransferOwnership</c>.</summary>
    public string Effect { get; }

    /// <summary>Zero-based position of the effect in the applied list.</summary>
    public int Index { get; }

    /// <summary>The unit code as given in the effect.</summary>
    public string Unit { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }
}
