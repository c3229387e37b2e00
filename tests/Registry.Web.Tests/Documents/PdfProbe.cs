using PdfSharp.Pdf.IO;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;

namespace Registry.Web.Tests.Documents;

/// <summary>
/// Reads a generated PDF back the way a recipient's software would: PDFsharp's reader opens it (document information),
/// PdfPig extracts the page text through the embedded font's ToUnicode map, and ZXing decodes the QR code from the image
/// pixels stored in the file (QRCoder can only encode).
/// </summary>
internal static class PdfProbe
{
    /// <summary>The document information's subject and keywords, read by PDFsharp.</summary>
    public static (string Title, string Subject, string Keywords, int Pages) Info(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return (document.Info.Title, document.Info.Subject, document.Info.Keywords, document.PageCount);
    }

    /// <summary>All pages' text, without white space (the extractor inserts spaces between runs).</summary>
    public static string Text(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Letters or images that leave the page's printable area (a 36-point margin): the layout's overflow.</summary>
    public static IReadOnlyList<string> OutsideMargins(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var outside = new List<string>();
        foreach (var page in document.GetPages())
        {
            bool Out(UglyToad.PdfPig.Core.PdfRectangle box) =>
                box.Left < 36 || box.Bottom < 36 || box.Right > page.Width - 36 || box.Top > page.Height - 36;
            outside.AddRange(page.Letters.Where(l => Out(l.BoundingBox)).Select(l => $"page {page.Number} letter '{l.Value}' at {l.BoundingBox}"));
            outside.AddRange(page.GetImages().Where(i => Out(i.BoundingBox)).Select(i => $"page {page.Number} image at {i.BoundingBox}"));
        }

        return outside;
    }

    /// <summary>The names of the fonts the pages use, subset prefix included.</summary>
    public static IReadOnlyList<string> Fonts(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).Distinct()];
    }

    /// <summary>Every image on the first page decoded as a QR code; null for an image that is not one.</summary>
    public static IReadOnlyList<string?> QrCodes(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var results = new List<string?>();
        foreach (var image in document.GetPage(1).GetImages())
        {
            Assert.True(image.TryGetBytesAsMemory(out var raw), "the image's samples could not be decoded");
            var (w, h) = (image.WidthInSamples, image.HeightInSamples);
            var format = raw.Length == w * h * 3 ? RGBLuminanceSource.BitmapFormat.RGB24
                : raw.Length == w * h ? RGBLuminanceSource.BitmapFormat.Gray8
                : throw new InvalidOperationException($"unexpected image layout: {raw.Length} bytes for {w}×{h}");
            var source = new RGBLuminanceSource(raw.ToArray(), w, h, format);
            // The image is the code itself, unrotated, with its quiet zone: ZXing's finder-pattern search missed 4 of 300 random
            // codes (this test flickered), its pure-barcode reading decoded all 300.
            var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true, PureBarcode = true } };
            results.Add(reader.Decode(source)?.Text);
        }

        return results;
    }
}
