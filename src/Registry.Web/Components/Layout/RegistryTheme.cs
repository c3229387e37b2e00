using System.Globalization;
using MudBlazor;

namespace Registry.Web.Components.Layout;

/// <summary>
/// The consoles' theme: a sober blue, and a CJK-capable font stack. Chinese pages put a Chinese font first, so their
/// punctuation (“”、，) is drawn full-width as Chinese typesetting wants; English pages put Latin fonts first, else the
/// quotes and apostrophes of English text were drawn from the Chinese font, full-width, wherever Roboto is not installed.
/// Chinese characters on an English page (names, addresses) still come from the Chinese fonts behind.
/// </summary>
internal static class RegistryTheme
{
    /// <summary>The font stack of Chinese pages.</summary>
    public static readonly string[] ChineseFonts = ["Roboto", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"];

    /// <summary>The font stack of English pages (the same in wwwroot/app.css under <c>:lang(en)</c>).</summary>
    public static readonly string[] EnglishFonts =
        ["Roboto", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"];

    public static MudTheme Chinese { get; } = Create(ChineseFonts);

    public static MudTheme English { get; } = Create(EnglishFonts);

    /// <summary>The theme of the current UI culture (a page's culture is fixed for its circuit).</summary>
    public static MudTheme Theme => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    private static MudTheme Create(string[] fonts) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E79",
            AppbarBackground = "#1F4E79",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = fonts,
            },

            // Button labels as written ("导出 Excel", "Export to Excel"), not Material's upper case ("EXCEL").
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
