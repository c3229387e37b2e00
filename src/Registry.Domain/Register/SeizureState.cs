namespace Registry.Domain.Register;

/// <summary>State of a seizure entry.</summary>
public enum SeizureState
{
    /// <summary>查封 — the effective seizure.</summary>
    Active,

    /// <summary>轮候查封 — waiting in the queue ordered by delivery time.</summary>
    Waiting,
}
