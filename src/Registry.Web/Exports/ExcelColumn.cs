namespace Registry.Web.Exports;

/// <summary>One column of an exported sheet: its header, width (in characters), the cell value of a row and an Excel number format.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Header">Header text (in the UI language; Chinese for zh-CN).</param>
/// <param name="Width">Column width in characters.</param>
/// <param name="Value">The row's value: a string, a number, a <see cref="DateTimeOffset"/> (written as China time), a <see cref="DateOnly"/>, or null.</param>
/// <param name="Format">Excel number format; dates get one by default.</param>
internal sealed record ExcelColumn<T>(string Header, double Width, Func<T, object?> Value, string? Format = null);
