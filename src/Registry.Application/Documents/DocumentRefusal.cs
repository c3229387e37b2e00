namespace Registry.Application.Documents;

/// <summary>Why a document was not produced.</summary>
public enum DocumentRefusal
{
    /// <summary>Produced.</summary>
    None,

    /// <summary>No such case.</summary>
    NotFound,

    /// <summary>The user holds none of the roles that hand this document out.</summary>
    Forbidden,

    /// <summary>The case is not in a state this document speaks of (no certificate, not returned, not refused, wrong code).</summary>
    NotApplicable,
}
