namespace Registry.Application.Inspection;

/// <summary>An inspection request with field errors; nothing was stored.</summary>
public sealed class InspectionInvalidException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public InspectionInvalidException(IReadOnlyList<InspectionError> errors)
        : base(string.Join("; ", (errors ?? []).Select(e => $"{e.Field}: {e.Message}")))
    {
        Errors = errors ?? [];
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionInvalidException()
        : this([])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionInvalidException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The errors, one per field.</summary>
    public IReadOnlyList<InspectionError> Errors { get; }

    /// <summary>Throws when <paramref name="errors"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<InspectionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new InspectionInvalidException(errors);
        }
    }
}
