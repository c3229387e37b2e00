using System.Globalization;

namespace Registry.Application.Intake;

/// <summary>A scan upload was refused; <see cref="Kind"/> and <see cref="Limit"/> say which limit, so the window can name it.</summary>
public sealed class ScanRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScanRefusedException(string fileName, ScanProblemKind kind, string limit)
        : base(string.Create(CultureInfo.InvariantCulture, $"scan '{fileName}' refused ({kind}): limit {limit}"))
    {
        FileName = fileName;
        Kind = kind;
        Limit = limit;
    }

    /// <summary>Required by the exception pattern.</summary>
    public ScanRefusedException()
        : this(string.Empty, ScanProblemKind.TypeNotAllowed, string.Empty)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ScanRefusedException(string message)
        : this(message, ScanProblemKind.TypeNotAllowed, string.Empty)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ScanRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Limit = string.Empty;
    }

    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; }

    /// <summary>Which limit was broken.</summary>
    public ScanProblemKind Kind { get; }

    /// <summary>The limit in words: "10 MB", ".pdf, .jpg, .jpeg, .png", "30".</summary>
    public string Limit { get; }
}
