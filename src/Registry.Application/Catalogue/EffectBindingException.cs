namespace Registry.Application.Catalogue;

/// <summary>A business type's effect template could not be filled from the case data.</summary>
public sealed class EffectBindingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EffectBindingException(string effect, string? parameter, string reason, Exception? innerException = null)
        : base($"effect {effect}{(parameter is null ? string.Empty : $" parameter '{parameter}'")}: {reason}", innerException)
    {
        Effect = effect;
        Parameter = parameter;
    }

    /// <summary>Creates the exception (tooling only).</summary>
    public EffectBindingException()
        : this("?", null, "binding failed")
    {
    }

    /// <summary>Creates the exception with a message (tooling only).</summary>
    public EffectBindingException(string message)
        : this("?", null, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause (tooling only).</summary>
    public EffectBindingException(string message, Exception innerException)
        : this("?", null, message, innerException)
    {
    }

    /// <summary>The effect.</summary>
    public string Effect { get; }

    /// <summary>The parameter, when one is at fault.</summary>
    public string? Parameter { get; }
}
