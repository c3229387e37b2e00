namespace Registry.Application.Ratings;

/// <summary>Why a rating was not taken; the page words each in the visitor's language.</summary>
public enum RatingRefusal
{
    /// <summary>The case number and code do not belong together (the same answer as for an unknown case).</summary>
    NotFound,

    /// <summary>The case is still being handled: it can be rated once it is completed, refused or withdrawn.</summary>
    CaseOpen,

    /// <summary>This case was already rated (once per case).</summary>
    AlreadyRated,

    /// <summary>No grade was chosen.</summary>
    LevelMissing,

    /// <summary>The comment is longer than allowed.</summary>
    CommentTooLong,

    /// <summary>A 差评 without a reason or a comment: the office cannot follow up on nothing.</summary>
    NegativeWithoutReason,
}
