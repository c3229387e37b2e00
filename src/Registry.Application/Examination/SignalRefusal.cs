namespace Registry.Application.Examination;

/// <summary>Why a confirmation of an external signal (e.g. 完税 tax paid) was refused; the page maps each to a localized sentence.</summary>
public enum SignalRefusal
{
    /// <summary>The person holds none of the roles allowed to confirm this signal.</summary>
    WrongRole,

    /// <summary>The case's workflow does not wait for this signal (never did, or not at this step).</summary>
    NotWaiting,

    /// <summary>The signal was already received (by someone else, or the same person twice); names who and when.</summary>
    AlreadyReceived,
}
