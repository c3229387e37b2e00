using Registry.Domain.Codes;

namespace Registry.Application.Intake;

/// <summary>
/// Checks an ID number as it is typed: the domain's validators (GB 11643 resident ID, GB 32100 unified social credit code)
/// decide whether it is valid; this adds where it is wrong (1-based <see cref="Position"/>, the positions of a bad birth
/// date) so the window can point at the character.
/// </summary>
/// <param name="Problem">What is wrong, or <see cref="IdNumberProblem.None"/>.</param>
/// <param name="Position">First wrong position (1-based) for a character or check-character problem; first birth-date position for a date problem.</param>
/// <param name="Length">Characters typed (trimmed).</param>
/// <param name="Expected">For a check-character problem: the character the others call for.</param>
/// <param name="Detail">The domain validator's own message.</param>
/// <param name="Value">The number as checked (trimmed, upper case).</param>
public sealed record IdNumberCheck(IdNumberProblem Problem, int? Position, int Length, char? Expected, string? Detail, string Value)
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The wrong character for a character or check-character problem.</summary>
    public char? Found => Position is { } p && p <= Value.Length && Problem is IdNumberProblem.Character or IdNumberProblem.CheckCharacter ? Value[p - 1] : null;

    /// <summary>True when the number is valid.</summary>
    public bool IsValid => Problem == IdNumberProblem.None;

    /// <summary>The document type the number was checked as.</summary>
    public Registry.Domain.Parties.IdentityDocumentType DocumentType { get; init; }

    /// <summary>For a format or length problem of a document other than a resident ID: the layout or lengths allowed.</summary>
    public string? Layout { get; init; }

    /// <summary>Checks a number of any identity document type by that type's standard (GB 11643, GB 32100, GB 11714, layout).</summary>
    /// <param name="text">As typed.</param>
    /// <param name="type">Document type.</param>
    /// <param name="today">Today (China), to refuse birth dates in the future.</param>
    public static IdNumberCheck Check(string? text, Registry.Domain.Parties.IdentityDocumentType type, DateOnly today)
    {
        if (type is Registry.Domain.Parties.IdentityDocumentType.ResidentId or Registry.Domain.Parties.IdentityDocumentType.CreditCode)
        {
            return Check(text, type == Registry.Domain.Parties.IdentityDocumentType.CreditCode, today) with { DocumentType = type };
        }

        var problem = Registry.Domain.Parties.IdentityDocument.Check(type, text, today, out var value);
        if (problem is null)
        {
            return new IdNumberCheck(IdNumberProblem.None, null, value.Length, null, null, value) { DocumentType = type };
        }

        var kind = problem.Kind switch
        {
            Registry.Domain.Parties.IdentityDocumentProblemKind.Missing => IdNumberProblem.Missing,
            Registry.Domain.Parties.IdentityDocumentProblemKind.Length => IdNumberProblem.Length,
            Registry.Domain.Parties.IdentityDocumentProblemKind.Character => IdNumberProblem.Character,
            Registry.Domain.Parties.IdentityDocumentProblemKind.BirthDate => IdNumberProblem.BirthDate,
            Registry.Domain.Parties.IdentityDocumentProblemKind.CheckCharacter => IdNumberProblem.CheckCharacter,
            _ => IdNumberProblem.Format,
        };
        var expected = kind == IdNumberProblem.CheckCharacter && problem.Expected is { Length: 1 } e ? e[0] : (char?)null;
        return new IdNumberCheck(kind, problem.Position, value.Length, expected, problem.Message, value) { DocumentType = type, Layout = problem.Expected };
    }

    /// <summary>Checks a resident ID number (<paramref name="organisation"/> false) or a unified social credit code.</summary>
    /// <param name="text">As typed.</param>
    /// <param name="organisation">Check as a credit code.</param>
    /// <param name="today">Today (China), to refuse birth dates in the future.</param>
    public static IdNumberCheck Check(string? text, bool organisation, DateOnly today)
    {
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        string? error;
        var valid = organisation
            ? UnifiedSocialCreditCode.TryParse(value, out _, out error)
            : ResidentIdNumber.TryParse(value, today, out _, out error);
        if (valid)
        {
            return new IdNumberCheck(IdNumberProblem.None, null, value.Length, null, null, value);
        }

        if (value.Length == 0)
        {
            return new IdNumberCheck(IdNumberProblem.Missing, null, 0, null, error, value);
        }

        return organisation ? CreditProblem(value, error) : ResidentProblem(value, error);
    }

    private static IdNumberCheck ResidentProblem(string value, string? error)
    {
        if (value.Length == 15)
        {
            var bad = value.AsSpan().IndexOfAnyExceptInRange('0', '9');
            return bad >= 0
                ? new IdNumberCheck(IdNumberProblem.Character, bad + 1, 15, null, error, value)
                : new IdNumberCheck(IdNumberProblem.BirthDate, 7, 15, null, error, value);
        }

        if (value.Length != 18)
        {
            return new IdNumberCheck(IdNumberProblem.Length, null, value.Length, null, error, value);
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new IdNumberCheck(IdNumberProblem.Character, i + 1, 18, null, error, value);
            }
        }

        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            return new IdNumberCheck(IdNumberProblem.Character, 18, 18, null, error, value);
        }

        var expected = ResidentIdNumber.ComputeCheckCharacter(value.AsSpan(0, 17));
        return value[17] != expected && (error?.Contains("check", StringComparison.OrdinalIgnoreCase) ?? false)
            ? new IdNumberCheck(IdNumberProblem.CheckCharacter, 18, 18, expected, error, value)
            : new IdNumberCheck(IdNumberProblem.BirthDate, 7, 18, null, error, value);
    }

    private static IdNumberCheck CreditProblem(string value, string? error)
    {
        if (value.Length != 18)
        {
            return new IdNumberCheck(IdNumberProblem.Length, null, value.Length, null, error, value);
        }

        for (var i = 0; i < 18; i++)
        {
            if (!CreditAlphabet.Contains(value[i], StringComparison.Ordinal))
            {
                return new IdNumberCheck(IdNumberProblem.Character, i + 1, 18, null, error, value);
            }
        }

        return new IdNumberCheck(IdNumberProblem.CheckCharacter, 18, 18, UnifiedSocialCreditCode.ComputeCheckCharacter(value.AsSpan(0, 17)), error, value);
    }
}
