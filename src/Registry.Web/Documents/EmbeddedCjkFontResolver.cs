using PdfSharp.Fonts;

namespace Registry.Web.Documents;

/// <summary>
/// PDFsharp on Linux has no system fonts: every face the documents ask for resolves to one CJK font file (read once), and
/// bold is simulated, since the CJK fonts with TrueType outlines come without a bold face.
/// </summary>
internal sealed class EmbeddedCjkFontResolver(string path, int index) : IFontResolver
{
    /// <summary>The family name the renderer asks for.</summary>
    public const string Family = "RegistryCjk";

    private static readonly Lock Gate = new();
    private readonly Lazy<byte[]> _face = new(() => FontCollections.Face(File.ReadAllBytes(path), index, path));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Family, mustSimulateBold: bold, mustSimulateItalic: false);

    public byte[]? GetFont(string faceName) => _face.Value;

    /// <summary>Makes this resolver PDFsharp's (a process-wide static in PDFsharp), once.</summary>
    public static void Install(DocumentOptions options)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedCjkFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedCjkFontResolver(Locate(options), options.FontIndex);
            }
        }
    }

    /// <summary>The configured font file, or the first candidate present.</summary>
    /// <exception cref="InvalidOperationException">No font file is found.</exception>
    public static string Locate(DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.FontFile))
        {
            return File.Exists(options.FontFile) ? options.FontFile
                : throw new InvalidOperationException($"Documents:FontFile {options.FontFile} does not exist.");
        }

        return DocumentOptions.FontCandidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"No CJK font for the PDFs: install fonts-wqy-microhei or set Documents:FontFile (tried {string.Join(", ", DocumentOptions.FontCandidates)}).");
    }
}
