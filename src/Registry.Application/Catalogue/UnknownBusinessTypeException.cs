namespace Registry.Application.Catalogue;

/// <summary>No business type has the requested code.</summary>
public sealed class UnknownBusinessTypeException : Exception
{
    /// <summary>Creates the exception for <paramref name="code"/>.</summary>
    public UnknownBusinessTypeException(string code)
        : base($"unknown business type '{code}'; the catalogue has no type with that code")
    {
        Code = code;
    }

    /// <summary>Creates the exception (tooling only).</summary>
    public UnknownBusinessTypeException()
        : this("?")
    {
    }

    /// <summary>Creates the exception with a cause (tooling only).</summary>
    public UnknownBusinessTypeException(string code, Exception innerException)
        : base($"unknown business type '{code}'", innerException)
    {
        Code = code;
    }

    /// <summary>The code asked for.</summary>
    public string Code { get; }
}
