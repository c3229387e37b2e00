using System.Buffers.Binary;

namespace Registry.Web.Documents;

/// <summary>
/// PDFsharp 6.2 refuses TrueType collections (.ttc) and subsets only TrueType outlines: one face is cut out of a collection
/// here (its tables copied behind a new table directory), and an OpenType font with CFF outlines (such as Noto CJK) is
/// refused, because PDFsharp would embed all of its 16 MB, unsubset, as an invalid TrueType font program.
/// </summary>
internal static class FontCollections
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'
    private const uint CffTag = 0x4F54544F; // 'OTTO'

    /// <summary>The face <paramref name="index"/> of a collection as a standalone font; a single font is returned as is.</summary>
    /// <exception cref="InvalidOperationException">CFF outlines, or an index the collection does not have.</exception>
    public static byte[] Face(byte[] file, int index, string path)
    {
        ArgumentNullException.ThrowIfNull(file);
        var face = BinaryPrimitives.ReadUInt32BigEndian(file) == CollectionTag ? Extract(file, index, path) : file;
        if (BinaryPrimitives.ReadUInt32BigEndian(face) == CffTag)
        {
            throw new InvalidOperationException($"Font {path} has CFF (PostScript) outlines, which PDFsharp cannot subset; configure a TrueType-outline CJK font in Documents:FontFile (e.g. wqy-microhei.ttc from fonts-wqy-microhei).");
        }

        return face;
    }

    private static byte[] Extract(byte[] file, int index, string path)
    {
        var count = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(8));
        if (index < 0 || index >= count)
        {
            throw new InvalidOperationException($"Font collection {path} has {count} faces; face {index} does not exist.");
        }

        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12 + (4 * index)));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(offset + 4));
        var directory = 12 + (16 * tables);
        var length = directory;
        for (var i = 0; i < tables; i++)
        {
            length += Padded(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 12 + (16 * i) + 12)));
        }

        var output = new byte[length];
        file.AsSpan(offset, directory).CopyTo(output);
        var position = directory;
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            var tableOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + record + 8));
            var tableLength = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + record + 12));
            file.AsSpan(tableOffset, tableLength).CopyTo(output.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 8), (uint)position);
            position += Padded((uint)tableLength);
        }

        return output;
    }

    private static int Padded(uint length) => (int)((length + 3) & ~3u);
}
