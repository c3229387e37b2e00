namespace Registry.Application.Ratings;

/// <summary>A rating that was not taken, with the field and the reason; nothing was written.</summary>
public sealed class RatingRefusedException : Exception
{
    /// <summary>Creates the refusal.</summary>
    public RatingRefusedException(RatingRefusal refusal, string field, string message)
        : base(message)
    {
        Refusal = refusal;
        Field = field;
    }

    /// <summary>Creates an empty refusal (for serializers).</summary>
    public RatingRefusedException()
        : this(RatingRefusal.NotFound, "caseNumber", string.Empty)
    {
    }

    /// <summary>Creates a refusal with a message.</summary>
    public RatingRefusedException(string message)
        : this(RatingRefusal.NotFound, "caseNumber", message)
    {
    }

    /// <summary>Creates a refusal with a message and a cause.</summary>
    public RatingRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "caseNumber";
    }

    /// <summary>Why.</summary>
    public RatingRefusal Refusal { get; }

    /// <summary>The form field it concerns (caseNumber, level, reasons, comment).</summary>
    public string Field { get; }
}
