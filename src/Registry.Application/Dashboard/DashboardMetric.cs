namespace Registry.Application.Dashboard;

/// <summary>A figure of the dashboard whose cases can be listed (drill-down); some carry a key (reason, channel, category).</summary>
public enum DashboardMetric
{
    /// <summary>受理: cases accepted in the period.</summary>
    Accepted,

    /// <summary>办结: cases completed in the period.</summary>
    Finished,

    /// <summary>按时办结: completed by their statutory due date.</summary>
    OnTime,

    /// <summary>超期办结: completed after their due date.</summary>
    FinishedLate,

    /// <summary>当前超期: open now and past their due date.</summary>
    OverdueNow,

    /// <summary>自动核准: completed cases approved without a person.</summary>
    AutoApproved,

    /// <summary>退回: returns in the period (key: reason code).</summary>
    Returned,

    /// <summary>不予登记: refusals in the period (key: ground code).</summary>
    Refused,

    /// <summary>企业转移登记: completed transfers with an enterprise party.</summary>
    EnterpriseTransfer,

    /// <summary>抵押登记 accepted in the period (key: channel, or none for all).</summary>
    Mortgage,

    /// <summary>查封登记 recorded in the period.</summary>
    SeizureRecorded,

    /// <summary>自检不通过 (key: rule category, or none for any).</summary>
    SelfCheckFailed,

    /// <summary>抽查: inspected cases (latest verdict).</summary>
    Inspected,

    /// <summary>抽查不合格: inspected cases whose latest verdict is 不合格.</summary>
    InspectionFailed,
}
