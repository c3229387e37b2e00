namespace Registry.Application.Intake;

/// <summary>
/// The application cannot be accepted as submitted (不予受理 / 一次性告知): the message names every problem found, by field,
/// so the applicant can be told everything missing at once (Regulation art. 17). Nothing has been saved.
/// </summary>
public sealed class AcceptanceRefusedException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public AcceptanceRefusedException(IReadOnlyList<AcceptanceProblem> problems)
        : base("不予受理 / application refused: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem.</summary>
    public AcceptanceRefusedException(string field, string message)
        : this([new AcceptanceProblem(field, message)])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public AcceptanceRefusedException()
        : this("application", "refused")
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public AcceptanceRefusedException(string message)
        : this("application", message)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public AcceptanceRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new AcceptanceProblem("application", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<AcceptanceProblem> Problems { get; }
}

/// <summary>One problem with an application.</summary>
/// <param name="Field">The field, e.g. <c>parties[1].idNumber</c>, <c>units[0]</c>, <c>materials</c>.</param>
/// <param name="Message">What is wrong, in English (logs, API callers).</param>
/// <param name="Code">What kind of problem, so a console can say it in its own language.</param>
/// <param name="Args">The values the message names (unit code, value, material codes…), in the order the code's text uses them.</param>
public sealed record AcceptanceProblem(string Field, string Message, AcceptanceProblemCode Code = AcceptanceProblemCode.Other, IReadOnlyList<string>? Args = null)
{
    /// <summary>The named values; empty when none.</summary>
    public IReadOnlyList<string> Values => Args ?? [];
}
