namespace Registry.Web.Documents;

/// <summary>Configuration section <c>Documents</c>: the CJK font the PDFs embed and the public address their QR codes open.</summary>
public sealed class DocumentOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Documents";

    /// <summary>The fonts tried in order when <see cref="FontFile"/> is not set (Debian's fonts-wqy-microhei, fonts-wqy-zenhei).</summary>
    public static readonly IReadOnlyList<string> FontCandidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "C:/Windows/Fonts/simsun.ttc",
    ];

    /// <summary>A TrueType-outline font with CJK and Latin glyphs (.ttf or .ttc); empty: the first candidate found.</summary>
    public string FontFile { get; set; } = string.Empty;

    /// <summary>The face to take from a collection (.ttc).</summary>
    public int FontIndex { get; set; }

    /// <summary>
    /// The public address of the office's site, before <c>/verify/…</c>; empty: the progress page's address
    /// (Notifications:ProgressUrl) without its <c>/progress</c>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;
}
