namespace Registry.Domain.Parties;

/// <summary>What is wrong with an identity document number, so a console can say it in its own language.</summary>
public enum IdentityDocumentProblemKind
{
    /// <summary>Nothing typed.</summary>
    Missing,

    /// <summary>Wrong number of characters; <see cref="IdentityDocumentProblem.Expected"/> names the lengths allowed.</summary>
    Length,

    /// <summary>A character not allowed at <see cref="IdentityDocumentProblem.Position"/>; <see cref="IdentityDocumentProblem.Expected"/> says what is allowed.</summary>
    Character,

    /// <summary>The birth date (positions 7–14) is not a real date or is in the future.</summary>
    BirthDate,

    /// <summary>The check character at <see cref="IdentityDocumentProblem.Position"/> should be <see cref="IdentityDocumentProblem.Expected"/>.</summary>
    CheckCharacter,

    /// <summary>The number does not have the document's layout (e.g. a residence permit not starting with 810000/820000/830000).</summary>
    Format,
}
