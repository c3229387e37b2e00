namespace Registry.Application.Intake;

/// <summary>What is wrong with an ID number or credit code as typed.</summary>
public enum IdNumberProblem
{
    /// <summary>Nothing: the number is valid.</summary>
    None,

    /// <summary>Nothing typed.</summary>
    Missing,

    /// <summary>Not 18 characters (or 15 digits for an old resident ID).</summary>
    Length,

    /// <summary>A character not allowed at its position (<see cref="IdNumberCheck.Position"/>).</summary>
    Character,

    /// <summary>Positions 7–14 are not a real or past date of birth.</summary>
    BirthDate,

    /// <summary>The check character (position 18) does not match; <see cref="IdNumberCheck.Expected"/> is the right one.</summary>
    CheckCharacter,

    /// <summary>The number does not have its document's layout (<see cref="IdNumberCheck.Layout"/>).</summary>
    Format,
}
