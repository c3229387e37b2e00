using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Registry.Web.Documents;

/// <summary>
/// Writes an A4 document top to bottom: a centred title, label–value lines and paragraphs wrapped by measured width
/// (Chinese breaks between any two characters), adding pages as needed. The renderer says what; this says where.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    private const double Margin = 64;
    private const double LabelWidth = 110;
    private readonly PdfDocument _document;
    private readonly XFont _body = new(EmbeddedCjkFontResolver.Family, 11.5);
    private readonly XFont _bold = new(EmbeddedCjkFontResolver.Family, 11.5, XFontStyleEx.Bold);
    private readonly bool _landscape;
    private XGraphics _graphics;
    private double _y;

    public PdfPageWriter(PdfDocument document, bool landscape = false)
    {
        _document = document;
        _landscape = landscape;
        _graphics = NewPage();
    }

    public XGraphics Graphics => _graphics;

    public PdfPage Page => _document.Pages[^1];

    public double Y => _y;

    private double Width => Page.Width.Point - (2 * Margin);

    public void Centred(string text, double size, bool bold = false, double after = 8)
    {
        var font = new XFont(EmbeddedCjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        Room(size * 1.6);
        _graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, Width, size * 1.4), XStringFormats.TopCenter);
        _y += (size * 1.4) + after;
    }

    /// <summary>A label in bold and its value wrapped beside it.</summary>
    public void Field(string label, string? value)
    {
        var lines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, Width - LabelWidth, _body);
        Room(Height(_body));
        _graphics.DrawString(label, _bold, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            Room(Height(_body));
            _graphics.DrawString(line, _body, XBrushes.Black, Margin + LabelWidth, _y, XStringFormats.TopLeft);
            _y += Height(_body);
        }

        _y += 3;
    }

    /// <summary>A paragraph over the full width; <paramref name="indent"/> starts it two characters in, as Chinese letters do.</summary>
    public void Paragraph(string text, bool indent = true, bool bold = false)
    {
        var font = bold ? _bold : _body;
        var lead = indent ? "\u3000\u3000" : string.Empty;
        foreach (var line in Wrap(lead + text, Width, font))
        {
            Room(Height(font));
            _graphics.DrawString(line, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            _y += Height(font);
        }

        _y += 4;
    }

    /// <summary>Right-aligned lines: the office's signature block.</summary>
    public void Signature(params string[] lines)
    {
        _y += 18;
        foreach (var line in lines)
        {
            Room(Height(_body));
            _graphics.DrawString(line, _body, XBrushes.Black, new XRect(Margin, _y, Width, Height(_body)), XStringFormats.TopRight);
            _y += Height(_body);
        }
    }

    public void Space(double points) => _y += points;

    public void Rule()
    {
        Room(8);
        _graphics.DrawLine(new XPen(XColors.Gray, 0.6), Margin, _y, Margin + Width, _y);
        _y += 8;
    }

    /// <summary>Draws a QR image at the right margin from the current line, with a caption under it, and moves below both.</summary>
    public void Qr(byte[] bitmap, string caption, double size = 120)
    {
        Room(size + 24);
        using var stream = new MemoryStream(bitmap);
        using var image = XImage.FromStream(stream);
        var x = Margin + Width - size;
        _graphics.DrawImage(image, x, _y, size, size);
        _graphics.DrawString(caption, _body, XBrushes.Black, new XRect(x - 40, _y + size + 2, size + 80, Height(_body)), XStringFormats.TopCenter);
        _y += size + Height(_body) + 6;
    }

    /// <summary>
    /// A ruled table over the full width: column widths in proportion to <paramref name="weights"/>, cells wrapped, the
    /// header repeated on every page the rows run onto.
    /// </summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> weights, IEnumerable<IReadOnlyList<string?>> rows, double size = 8.5)
    {
        var font = new XFont(EmbeddedCjkFontResolver.Family, size);
        var bold = new XFont(EmbeddedCjkFontResolver.Family, size, XFontStyleEx.Bold);
        var total = weights.Sum();
        var widths = weights.Select(w => Width * w / total).ToArray();
        var pen = new XPen(XColors.Gray, 0.5);

        void Row(IReadOnlyList<string?> cells, XFont f, bool header)
        {
            var lines = cells.Select((c, i) => Wrap(string.IsNullOrEmpty(c) ? string.Empty : c, widths[i] - 6, f)).ToList();
            var height = (lines.Max(l => l.Count) * f.Size * 1.35) + 6;
            if (_y + height > Page.Height.Point - Margin)
            {
                _graphics.Dispose();
                _graphics = NewPage();
                if (!header)
                {
                    Row(headers, bold, header: true);
                }
            }

            var x = Margin;
            for (var i = 0; i < widths.Length; i++)
            {
                if (header)
                {
                    _graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 239, 244)), x, _y, widths[i], height);
                }

                _graphics.DrawRectangle(pen, x, _y, widths[i], height);
                for (var l = 0; l < lines[i].Count; l++)
                {
                    _graphics.DrawString(lines[i][l], f, XBrushes.Black, x + 3, _y + 3 + (l * f.Size * 1.35), XStringFormats.TopLeft);
                }

                x += widths[i];
            }

            _y += height;
        }

        Row(headers, bold, header: true);
        foreach (var row in rows)
        {
            Row(row, font, header: false);
        }

        _y += 8;
    }

    public void Dispose() => _graphics.Dispose();

    private static double Height(XFont font) => font.Size * 1.55;

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        if (_landscape)
        {
            page.Orientation = PdfSharp.PageOrientation.Landscape;
        }

        _y = Margin;
        return XGraphics.FromPdfPage(page);
    }

    private void Room(double height)
    {
        if (_y + height > Page.Height.Point - Margin)
        {
            _graphics.Dispose();
            _graphics = NewPage();
        }
    }

    private List<string> Wrap(string text, double width, XFont font)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            foreach (var rune in paragraph.EnumerateRunes())
            {
                line.Append(rune.ToString());
                if (line.Length > 1 && _graphics.MeasureString(line.ToString(), font).Width > width)
                {
                    line.Length -= rune.Utf16SequenceLength;
                    lines.Add(line.ToString());
                    line.Clear().Append(rune.ToString());
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
