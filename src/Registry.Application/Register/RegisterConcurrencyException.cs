namespace Registry.Application.Register;

/// <summary>Another writer changed the unit's register since it was loaded; the save was refused whole.</summary>
public sealed class RegisterConcurrencyException : Exception
{
    /// <summary>Creates the exception without details.</summary>
    public RegisterConcurrencyException()
        : this("The register was changed by another case since it was loaded; reload and try again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RegisterConcurrencyException(string message)
        : base(message)
    {
        UnitCode = string.Empty;
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public RegisterConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        UnitCode = string.Empty;
    }

    private RegisterConcurrencyException(string unitCode, string message, Exception? innerException)
        : base(message, innerException)
    {
        UnitCode = unitCode;
    }

    /// <summary>The unit whose register changed; empty when unknown.</summary>
    public string UnitCode { get; }

    /// <summary>Creates the exception for a unit.</summary>
    public static RegisterConcurrencyException ForUnit(string unitCode, Exception? innerException = null) =>
        new(unitCode, $"The register of unit {unitCode} was changed by another case since it was loaded; reload and try again.", innerException);
}
