namespace Registry.Scheduling;

/// <summary>Sweeps, notifications and register expiries. Bound from the <c>Scheduling</c> section.</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Scheduling";

    /// <summary>Whether the Quartz jobs run (false: the sweeps are only run by explicit calls, e.g. tests or the scenario runner). Default true.</summary>
    public bool EnableJobs { get; set; } = true;

    /// <summary>How often the deadline and expiry sweeps run. Default 30 seconds.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows read per sweep batch. Default 500.</summary>
    public int SweepBatchSize { get; set; } = 500;

    /// <summary>How often the outbox dispatcher runs. Default 10 seconds.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages per dispatcher run. Default 500 (a burst of warnings is delivered within a few runs).</summary>
    public int DispatchBatchSize { get; set; } = 500;

    /// <summary>Overdue cases are escalated to the office lead at close of business this many working days after the due date (0: at the due instant). Default 1.</summary>
    public int EscalateAfterWorkingDays { get; set; } = 1;

    /// <summary>Who gets warnings when the case has no assignee. Default <c>role:registrar</c>.</summary>
    public string DefaultHandlerRecipient { get; set; } = "role:registrar";

    /// <summary>Who gets overdue alerts besides the handler. Default <c>role:section-head</c>.</summary>
    public string SectionHeadRecipient { get; set; } = "role:section-head";

    /// <summary>Who gets escalations. Default <c>role:office-lead</c>.</summary>
    public string OfficeLeadRecipient { get; set; } = "role:office-lead";

    /// <summary>Who gets register-expiry reminders and outcomes. Default <c>role:registry-desk</c>.</summary>
    public string ExpiryDeskRecipient { get; set; } = "role:registry-desk";

    /// <summary>Delivery attempts before a message is marked failed. Default 8.</summary>
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles per attempt. Default 30 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest retry delay. Default 1 hour.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed delivery attempt is reserved for one dispatcher. Default 5 minutes.</summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The file the default SMS adapter appends to (relative: to the current directory). Default <c>App_Data/sms-outbox.log</c>.</summary>
    public string SmsFilePath { get; set; } = Path.Combine("App_Data", "sms-outbox.log");

    /// <summary>The file the default WeChat template-message adapter appends to (relative: to the current directory). Default <c>App_Data/wechat-outbox.log</c>.</summary>
    public string WeChatFilePath { get; set; } = Path.Combine("App_Data", "wechat-outbox.log");

    /// <summary>The file the default booking-report adapter (登簿上报) appends to (relative: to the current directory). Default <c>App_Data/booking-reports.log</c>.</summary>
    public string BookingReportFilePath { get; set; } = Path.Combine("App_Data", "booking-reports.log");

    /// <summary>Objection lapse period, calendar days (Civil Code 220). Default 15.</summary>
    public int ObjectionLapseDays { get; set; } = 15;

    /// <summary>Objection reminder on this day after booking (OBJ-02). Default 10.</summary>
    public int ObjectionReminderDay { get; set; } = 10;

    /// <summary>Pre-notice lapse period, calendar days (Civil Code 221; IR 85 still says 3 months). Default 90.</summary>
    public int PreNoticeLapseDays { get; set; } = 90;

    /// <summary>Pre-notice reminder on this day (PRE-03). Default 60.</summary>
    public int PreNoticeReminderDay { get; set; } = 60;

    /// <summary>Seizure term when the ruling gives no end date, years. Default 3.</summary>
    public int SeizureTermYears { get; set; } = 3;

    /// <summary>Seizure reminder this many working days before the end (SEI-05). Default 10.</summary>
    public int SeizureReminderWorkingDays { get; set; } = 10;

    /// <summary>
    /// Whether Quartz keeps its jobs in the shared database and takes part in a cluster, so each job fires once across
    /// web nodes. Unset: clustered on a server database (PostgreSql, SqlServer), in memory on SQLite (one node).
    /// </summary>
    public bool? Clustered { get; set; }

    /// <summary>How often a clustered node records that it is alive; a node silent for longer is taken over. Default 7.5 s.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>An expiry claimed longer ago than this (the sweep died) is taken over. Default 10 minutes.</summary>
    public TimeSpan ExpiryClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
