namespace Registry.Application.Review.Facts;

/// <summary>An objection on the unit (异议登记).</summary>
public sealed record ObjectionFacts
{
    /// <summary>Objection applicant.</summary>
    public required string ApplicantName { get; init; }

    /// <summary>Booking date.</summary>
    public required DateOnly BookedOn { get; init; }

    /// <summary>A court or arbitration acceptance notice has been filed within 15 days.</summary>
    public bool CourtFiled { get; init; }

    /// <summary>Cancelled or marked lapsed.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Lapsed because no court or arbitration filing followed within 15 days (OBJ-02).</summary>
    public bool Lapsed { get; init; }

    /// <summary>Key of the matter and reason of the objection, compared with a new application's (OBJ-03).</summary>
    public string? Matter { get; init; }

    /// <summary>True while the objection is effective: not cancelled and either filed in court or within 15 calendar days of booking (the booking day not counted).</summary>
    public bool IsEffectiveOn(DateOnly today) => !Cancelled && (CourtFiled || today <= BookedOn.AddDays(15));
}
