namespace Registry.Application.Examination;

/// <summary>What an examiner decides on a task (the engine's human-task outcomes).</summary>
public enum DecisionKind
{
    /// <summary>同意 / 拟同意: approve and move on.</summary>
    Approve,

    /// <summary>退回: back to an earlier step, or to acceptance for supplement (补正).</summary>
    Return,

    /// <summary>不予登记: refuse registration (Regulation art. 22).</summary>
    Reject,

    /// <summary>中止: suspend (e.g. waiting for a court, a survey or an announcement).</summary>
    Suspend,
}
