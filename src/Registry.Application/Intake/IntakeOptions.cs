namespace Registry.Application.Intake;

/// <summary>Limits and storage of the acceptance window (configuration section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    /// <summary>Largest scan accepted, in bytes (<c>Intake:MaxScanBytes</c>, default 10 MB).</summary>
    public long MaxScanBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most scans one application may carry (<c>Intake:MaxScansPerCase</c>, default 30).</summary>
    public int MaxScansPerCase { get; set; } = 30;

    /// <summary>Allowed file extensions, lower case with the dot (<c>Intake:AllowedScanExtensions</c>, default PDF, JPEG, PNG).</summary>
    public IReadOnlyList<string> AllowedScanExtensions { get; set; } = [".pdf", ".jpg", ".jpeg", ".png"];

    /// <summary>Where scans are kept, one folder per case (<c>Intake:ScanDirectory</c>; the host fills a default next to the database).</summary>
    public string ScanDirectory { get; set; } = string.Empty;
}
