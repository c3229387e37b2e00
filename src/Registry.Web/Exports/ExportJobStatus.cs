namespace Registry.Web.Exports;

/// <summary>Where a background export stands.</summary>
public enum ExportJobStatus
{
    /// <summary>Rows are being written.</summary>
    Running,

    /// <summary>The file is ready to download.</summary>
    Done,

    /// <summary>The export stopped on an error (logged); no file.</summary>
    Failed,

    /// <summary>Cancelled by its owner (or replaced by their next export of the same table); no file.</summary>
    Cancelled,
}
