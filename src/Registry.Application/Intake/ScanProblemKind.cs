namespace Registry.Application.Intake;

/// <summary>Why a scan was refused.</summary>
public enum ScanProblemKind
{
    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>Larger than <see cref="IntakeOptions.MaxScanBytes"/>.</summary>
    TooLarge,

    /// <summary>The extension is not one of <see cref="IntakeOptions.AllowedScanExtensions"/>.</summary>
    TypeNotAllowed,

    /// <summary>The content is not what the extension says (e.g. a renamed executable).</summary>
    ContentMismatch,

    /// <summary>The application already carries <see cref="IntakeOptions.MaxScansPerCase"/> scans.</summary>
    TooMany,
}
