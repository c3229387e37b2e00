namespace Registry.Application.Alterations;

/// <summary>An alteration (cancel, reassign) the service refused, with the field it is about.</summary>
public sealed class AlterationRefusedException : Exception
{
    /// <summary>Creates the refusal.</summary>
    public AlterationRefusedException(AlterationRefusal refusal, string field)
        : base($"{refusal} ({field})")
    {
        Refusal = refusal;
        Field = field;
    }

    /// <summary>Creates the exception.</summary>
    public AlterationRefusedException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public AlterationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>Why.</summary>
    public AlterationRefusal Refusal { get; }

    /// <summary>The field it is about (<c>reason</c>, <c>assignee</c>, <c>task</c>, <c>case</c>).</summary>
    public string Field { get; }
}
