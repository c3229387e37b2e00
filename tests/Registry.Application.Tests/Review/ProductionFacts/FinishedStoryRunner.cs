using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Scheduling.Notifications;
using Registry.Workflows.Ports;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>Books a <see cref="FinishedStory"/> and returns what the production self-check fact builder sees.</summary>
internal static class FinishedStoryRunner
{
    public static async Task<FinishedCaseFacts> BuildAsync(ProductionRegistry registry, FinishedStory story)
    {
        var services = registry.Services;
        var accepted = await StoryRunner.SetUpAsync(registry, story.Case);
        var cases = services.GetRequiredService<ICaseRepository>();
        var number = accepted.Number;
        if (story.OnSaturday)
        {
            registry.Time.Advance(TimeSpan.FromDays(5));
        }

        if (story.Booking is Booking.Product or Booking.ProductUndelivered)
        {
            var variables = ImmutableDictionary<string, string>.Empty.Add("actor", story.BookedBy);
            await services.GetRequiredService<IRecordWriter>().WriteAsync(new PortRequest(Guid.NewGuid(), number.Value, "story", "record", null, Guid.NewGuid().ToString("N"), variables));
            if (story.Booking == Booking.Product)
            {
                await services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();
                var booked = (await cases.FindAsync(number))!;
                CaseProgress.MoveForwardTo(booked, CaseStatus.Completed, registry.Time.GetUtcNow().AddMinutes(30), "发证员01");
                await cases.UpdateAsync(booked);
            }
        }
        else
        {
            var c = (await cases.FindAsync(number))!;
            var now = registry.Time.GetUtcNow();
            c.MoveTo(CaseStatus.UnderReview, now, story.BookedBy);
            c.MoveTo(CaseStatus.Approved, now, story.BookedBy);
            c.MoveTo(CaseStatus.Recorded, now, story.BookedBy);
            await cases.UpdateAsync(c);
        }

        if (story.RetypedCertificate is { } typed)
        {
            var c = (await cases.FindAsync(number))!;
            c.IssueCertificate(typed);
            await cases.UpdateAsync(c);
        }

        if (story.OnSaturday)
        {
            registry.Time.Advance(TimeSpan.FromDays(2));
        }

        if (story.DaysLater > 0)
        {
            registry.Time.Advance(TimeSpan.FromDays(story.DaysLater));
        }

        await using var scope = services.CreateAsyncScope();
        var facts = await scope.ServiceProvider.GetRequiredService<FinishedCaseFactsBuilder>().BuildAsync((await cases.FindAsync(number))!);
        return facts ?? throw new InvalidOperationException($"case {number} was not recorded");
    }
}
