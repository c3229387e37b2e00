using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Registry.Application.Deadlines;
using Registry.Application.Expiries;
using Registry.Application.Notifications;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Demo;
using Registry.Scheduling.Expiries;
using Registry.Scheduling.Jobs;
using Registry.Scheduling.Notifications;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling;

/// <summary>Registers deadlines, register expiries, the outbox dispatcher and their Quartz jobs.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the calendar (<see cref="CalendarServiceCollectionExtensions.AddRegistryCalendar"/>), <see cref="ICaseDeadlineService"/>,
    /// <see cref="IRegisterExpiryService"/>, the sweeps, the dispatcher, the SMS channel (default: <c>FileSmsGateway</c>,
    /// replace <see cref="ISmsGateway"/> to use a carrier), <see cref="DemoDeadlineSeeder"/> and, unless
    /// <c>Scheduling:EnableJobs</c> is false, Quartz with its jobs (sweeps, workflow timers, outbox, and the nightly self-check
    /// unless <c>SelfCheck:NightlyEnabled</c> is false, at <c>SelfCheck:NightlyCron</c> office time) and its hosted service. Needs the stores of
    /// <c>AddRegistryPersistence</c> and an <see cref="IRegisterExpiryHandler"/> from the composition root.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (sections <c>Scheduling</c>, <c>Deadlines</c>, <c>Calendar</c>).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRegistryScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRegistryCalendar(configuration);
        var section = configuration.GetSection(SchedulingOptions.SectionName);
        services.AddOptions<SchedulingOptions>()
            .Bind(section)
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Scheduling:SweepInterval must be positive.")
            .Validate(o => o.DispatchInterval > TimeSpan.Zero, "Scheduling:DispatchInterval must be positive.")
            .Validate(o => o.SweepBatchSize >= 1 && o.DispatchBatchSize >= 1, "Scheduling:SweepBatchSize and DispatchBatchSize must be at least 1.")
            .Validate(o => o.EscalateAfterWorkingDays >= 0, "Scheduling:EscalateAfterWorkingDays must not be negative.")
            .Validate(o => o.MaxDeliveryAttempts >= 1, "Scheduling:MaxDeliveryAttempts must be at least 1.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SmsFilePath), "Scheduling:SmsFilePath must name a file.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BookingReportFilePath), "Scheduling:BookingReportFilePath must name a file.");

        services.TryAddSingleton<DeadlinePlanner>();
        services.TryAddSingleton<ICaseDeadlineService, CaseDeadlineService>();
        services.TryAddSingleton<IDeadlineSweep, DeadlineSweep>();
        services.TryAddSingleton<IRegisterExpiryService, RegisterExpiryService>();
        services.TryAddSingleton<IRegisterExpirySweep, RegisterExpirySweep>();
        services.TryAddSingleton<IOutboxDispatcher, OutboxDispatcher>();
        // Each applicant channel: an HTTP gateway when its endpoint is configured, else the file adapter (embedded default).
        var sms = configuration.GetSection(HttpGatewayOptions.SmsSection).Get<HttpGatewayOptions>();
        if (!string.IsNullOrWhiteSpace(sms?.Endpoint))
        {
            services.TryAddSingleton<ISmsGateway>(_ => new HttpSmsGateway(new HttpMessagePoster(sms)));
        }
        else
        {
            services.TryAddSingleton<ISmsGateway, FileSmsGateway>();
        }

        services.AddSingleton<INotificationSender, SmsNotificationSender>();
        var weChat = configuration.GetSection(HttpGatewayOptions.WeChatSection).Get<HttpGatewayOptions>();
        if (!string.IsNullOrWhiteSpace(weChat?.Endpoint))
        {
            services.AddSingleton<INotificationSender>(_ => new HttpWeChatSender(new HttpMessagePoster(weChat)));
        }
        else
        {
            services.AddSingleton<INotificationSender, FileWeChatSender>();
        }

        services.AddSingleton<INotificationSender, FileBookingReportSender>();
        services.TryAddSingleton<DemoDeadlineSeeder>();
        services.TryAddSingleton<OpenDeadlineRecompute>();
        services.TryAddSingleton<ICalendarAdministration, CalendarAdministration>();

        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        if (!options.EnableJobs)
        {
            return services;
        }

        var selfCheck = configuration.GetSection(SelfCheckScheduleOptions.SectionName).Get<SelfCheckScheduleOptions>() ?? new SelfCheckScheduleOptions();
        if (selfCheck.NightlyEnabled)
        {
            try
            {
                _ = new CronExpression(selfCheck.NightlyCron);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"SelfCheck:NightlyCron '{selfCheck.NightlyCron}' is not a valid Quartz cron expression (e.g. '0 0 2 * * ?' for 02:00 every day): {e.Message}", e);
            }
        }

        // The nightly ledger verification (then a checkpoint when intact), in office time; 02:30 by default.
        var ledgerNightly = !bool.TryParse(configuration["Ledger:NightlyEnabled"], out var ledgerEnabled) || ledgerEnabled;
        var ledgerCron = configuration["Ledger:NightlyCron"] is { Length: > 0 } cron ? cron : "0 30 2 * * ?";
        if (ledgerNightly)
        {
            try
            {
                _ = new CronExpression(ledgerCron);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"Ledger:NightlyCron '{ledgerCron}' is not a valid Quartz cron expression (e.g. '0 30 2 * * ?' for 02:30 every day): {e.Message}", e);
            }
        }

        var store = QuartzStore.From(configuration, options);
        services.AddQuartz(q =>
        {
            store.Apply(q, options);
            // Quartz takes the app's TimeProvider from the container (UseTimeProvider would replace the app's one):
            // with a FakeTimeProvider the jobs fire only as that clock is advanced; the sweeps can also be called directly.
            q.ScheduleJob<DeadlineSweepJob>(
                t => t.WithIdentity("deadline-sweep").StartNow().WithSimpleSchedule(s => s.WithInterval(options.SweepInterval).RepeatForever()),
                j => j.WithIdentity("deadline-sweep"));
            q.ScheduleJob<RegisterExpirySweepJob>(
                t => t.WithIdentity("register-expiry-sweep").StartNow().WithSimpleSchedule(s => s.WithInterval(options.SweepInterval).RepeatForever()),
                j => j.WithIdentity("register-expiry-sweep"));
            q.ScheduleJob<WorkflowTimerJob>(
                t => t.WithIdentity("workflow-timers").StartNow().WithSimpleSchedule(s => s.WithInterval(options.SweepInterval).RepeatForever()),
                j => j.WithIdentity("workflow-timers"));
            q.ScheduleJob<OutboxDispatchJob>(
                t => t.WithIdentity("outbox-dispatch").StartNow().WithSimpleSchedule(s => s.WithInterval(options.DispatchInterval).RepeatForever()),
                j => j.WithIdentity("outbox-dispatch"));
            if (ledgerNightly)
            {
                q.ScheduleJob<LedgerVerifyJob>(
                    t => t.WithIdentity("ledger-verify-nightly").WithCronSchedule(ledgerCron, c => c.InTimeZone(Registry.Application.Review.OfficeTimeZone.China)),
                    j => j.WithIdentity("ledger-verify-nightly"));
            }

            if (selfCheck.NightlyEnabled)
            {
                // Office time, whatever the server's zone: 02:00 in the office is 18:00 UTC.
                q.ScheduleJob<NightlySelfCheckJob>(
                    t => t.WithIdentity("selfcheck-nightly").WithCronSchedule(selfCheck.NightlyCron, c => c.InTimeZone(Registry.Application.Review.OfficeTimeZone.China)),
                    j => j.WithIdentity("selfcheck-nightly"));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz();
        return services;
    }
}
