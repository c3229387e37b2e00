using System.Globalization;
using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Application.Intake;

/// <summary>Identity documents at intake: the type a party's number is read as, and its problems as acceptance problems.</summary>
internal static class IdDocumentProblems
{
    /// <summary>
    /// The document type given, or inferred when none is: a valid resident ID; an 18-character code with a letter among its
    /// first 17 characters (a resident ID has digits only there) or a valid credit code is a credit code.
    /// </summary>
    public static bool TryResolve(string? given, string? number, DateOnly today, out IdentityDocumentType type)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return IdentityDocument.TryParseKind(given.Trim(), out type) && Enum.IsDefined(type);
        }

        var value = (number ?? string.Empty).Trim().ToUpperInvariant();
        type = ResidentIdNumber.TryParse(value, today, out _, out _)
            ? IdentityDocumentType.ResidentId
            : (value.Length == 18 && value.AsSpan(0, 17).ContainsAnyInRange('A', 'Z')) || UnifiedSocialCreditCode.TryParse(value, out _, out _)
                ? IdentityDocumentType.CreditCode
                : IdentityDocumentType.ResidentId;
        return true;
    }

    /// <summary>The acceptance problem for an invalid number: names the field, the position, the expected character and the standard.</summary>
    public static AcceptanceProblem From(string field, IdentityDocumentProblem p)
    {
        var type = p.Type.ToString();
        var standard = IdentityDocument.StandardOf(p.Type);
        var position = p.Position?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return p.Kind switch
        {
            IdentityDocumentProblemKind.CheckCharacter => new(field, p.Message, AcceptanceProblemCode.IdCheckCharacter, [type, position, p.Found ?? string.Empty, p.Expected ?? string.Empty, standard]),
            IdentityDocumentProblemKind.Character => new(field, p.Message, AcceptanceProblemCode.IdCharacter, [type, position, p.Found ?? string.Empty, p.Expected ?? string.Empty, standard]),
            IdentityDocumentProblemKind.Length => new(field, p.Message, AcceptanceProblemCode.IdLength, [type, p.Found ?? string.Empty, p.Expected ?? string.Empty, standard]),
            IdentityDocumentProblemKind.BirthDate => new(field, p.Message, AcceptanceProblemCode.IdBirthDate, [type, p.Found ?? string.Empty, standard]),
            IdentityDocumentProblemKind.Missing => new(field, p.Message, AcceptanceProblemCode.IdMissing, [type]),
            _ => new(field, p.Message, AcceptanceProblemCode.IdFormat, [type, p.Found ?? string.Empty, p.Expected ?? string.Empty, standard]),
        };
    }
}
