using QRCoder;

namespace Registry.Web.Documents;

/// <summary>QR codes as BMP bytes (PDFsharp 6.2's own importer reads BMP, not QRCoder's PNG), error correction M.</summary>
internal static class QrImages
{
    /// <summary>Pixels per module: the image is scaled on the page, so this only keeps edges sharp in viewers that smooth.</summary>
    public const int PixelsPerModule = 4;

    public static byte[] Bitmap(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
