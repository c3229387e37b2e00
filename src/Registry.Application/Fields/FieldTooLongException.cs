using System.Globalization;

namespace Registry.Application.Fields;

/// <summary>
/// A text is longer than its field allows (<see cref="FieldLimits"/>); thrown before anything is written. The console
/// says it in the UI language from <see cref="Field"/>, <see cref="Limit"/> and <see cref="Length"/>.
/// </summary>
public sealed class FieldTooLongException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public FieldTooLongException(string field, int limit, int length)
        : base(string.Create(CultureInfo.InvariantCulture, $"{field}: at most {limit} characters are allowed, {length} were given / 最多 {limit} 个字符，收到 {length} 个"))
    {
        Field = field;
        Limit = limit;
        Length = length;
    }

    /// <summary>Required by the exception pattern.</summary>
    public FieldTooLongException()
        : this("value", 0, 0)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public FieldTooLongException(string message)
        : base(message)
    {
        Field = "value";
    }

    /// <summary>Required by the exception pattern.</summary>
    public FieldTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "value";
    }

    /// <summary>The field, e.g. <c>search</c>, <c>json</c>, <c>opinion</c>.</summary>
    public string Field { get; }

    /// <summary>The most characters it takes.</summary>
    public int Limit { get; }

    /// <summary>How many were given.</summary>
    public int Length { get; }
}
