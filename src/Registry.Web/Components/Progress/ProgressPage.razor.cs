using System.Globalization;
using Microsoft.AspNetCore.Components;
using Registry.Application.Fields;
using Registry.Application.Progress;
using Registry.Application.Ratings;

namespace Registry.Web.Components.Progress;

/// <summary>
/// 办理进度: the applicant types the case number and the query code (or the ID's last 6 characters). An unknown case and a
/// wrong code get the same sentence; what a found case shows is the applicant's view (<see cref="ApplicantProgress"/>).
/// A finished case can be rated here once (好差评): the rating form posts the number and code back (hidden), the page
/// looks the case up again with them, and <see cref="RatingService"/> decides.
/// </summary>
public sealed partial class ProgressPage
{
    private static readonly SatisfactionLevel[] Levels =
        [SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.FairlySatisfied, SatisfactionLevel.Dissatisfied, SatisfactionLevel.VeryDissatisfied];

    private ApplicantProgress? _progress;
    private ServiceRating? _rating;
    private RatingRefusedException? _ratingRefused;
    private bool _notFound;

    [SupplyParameterFromForm(FormName = "progress")]
    private ProgressInput? Input { get; set; }

    [SupplyParameterFromForm(FormName = "rating")]
    private RatingInput? Rating { get; set; }

    /// <summary>The case number from the link in the final notice (<c>/progress?case=…</c>).</summary>
    [SupplyParameterFromQuery(Name = "case")]
    private string? CaseFromLink { get; set; }

    [Inject]
    private ApplicantProgressQuery Query { get; set; } = default!;

    [Inject]
    private RatingService Ratings { get; set; } = default!;

    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    protected override async Task OnInitializedAsync()
    {
        Input ??= new ProgressInput { CaseNumber = FieldLimits.Exceeds(CaseFromLink, 40) ? null : CaseFromLink };
        if (Rating is { CaseNumber: not null })
        {
            // A rating post: the case is looked up with the number and code it carries, so the form is there to submit.
            Input.CaseNumber = Rating.CaseNumber;
            await FindAsync(Rating.CaseNumber, Rating.Code);
        }

        Rating ??= new RatingInput();
    }

    private async Task LookUpAsync()
    {
        var input = Input ?? new ProgressInput();
        await FindAsync(input.CaseNumber, input.Code);
        Rating = new RatingInput { CaseNumber = input.CaseNumber, Code = input.Code };
    }

    private async Task FindAsync(string? caseNumber, string? code)
    {
        // Over-long input is never echoed or looked up: it gets the same answer as a wrong code.
        _progress = FieldLimits.Exceeds(caseNumber, 40) || FieldLimits.Exceeds(code, FieldLimits.QueryCode)
            ? null
            : await Query.FindAsync(caseNumber, code);
        _notFound = _progress is null;
        _rating = _progress is { } p && RatingService.CanRate(p.Status) ? await Ratings.FindForAuthenticatedCaseAsync(p.CaseNumber) : null;
    }

    private async Task RateAsync()
    {
        var input = Rating ?? new RatingInput();
        try
        {
            var (rating, _) = await Ratings.RateAsync(new RatingRequest
            {
                CaseNumber = input.CaseNumber,
                Secret = input.Code,
                Level = Enum.TryParse<SatisfactionLevel>(input.Level, out var level) && Enum.IsDefined(level) ? level : null,
                Reasons = [.. (input.Reasons ?? []).Where(r => r.Value).Select(r => Enum.TryParse<RatingReason>(r.Key, out var reason) ? reason : (RatingReason?)null).OfType<RatingReason>()],
                Comment = input.Comment,
            });
            _rating = rating;
            _ratingRefused = null;
        }
        catch (RatingRefusedException e)
        {
            _ratingRefused = e;
            if (e.Refusal == RatingRefusal.AlreadyRated && _progress is { } p)
            {
                _rating = await Ratings.FindForAuthenticatedCaseAsync(p.CaseNumber);
            }
        }
    }

    private string RefusalText(RatingRefusedException refused) => refused.Refusal == RatingRefusal.CommentTooLong
        ? P["Refusal_CommentTooLong", RatingService.MaxCommentLength]
        : P["Refusal_" + refused.Refusal];

    private string StatusText(string status)
    {
        var text = P["Status_" + status];
        return text.ResourceNotFound ? P["Status_UnderReview"] : text.Value;
    }

    private string DaysText(int days) => days switch
    {
        1 => P["DaysLeft_One"],
        > 0 => P["DaysLeft", days],
        0 => P["DueToday"],
        _ => P["DaysOverdue", -days],
    };

    private string ActionText(ApplicantProgress p) => p.Action == ApplicantAction.CollectCertificate
        ? P["Action_CollectCertificate", p.CertificateNo ?? string.Empty]
        : P["Action_" + p.Action];

    /// <summary>The look-up form.</summary>
    public sealed class ProgressInput
    {
        public string? CaseNumber { get; set; }

        public string? Code { get; set; }
    }

    /// <summary>The rating form: the looked-up number and code (hidden), the grade, ticked reasons and a comment.</summary>
    public sealed class RatingInput
    {
        public string? CaseNumber { get; set; }

        public string? Code { get; set; }

        public string? Level { get; set; }

        // Null when nothing was ticked (the form binder leaves it unset).
        public Dictionary<string, bool>? Reasons { get; set; }

        public string? Comment { get; set; }
    }
}
