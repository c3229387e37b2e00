using MudBlazor;

namespace Registry.Web.Components.Layout;

/// <summary>The consoles' theme: a sober blue, and a CJK-capable font stack.</summary>
internal static class RegistryTheme
{
    public static MudTheme Theme { get; } = new()
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
                FontFamily = ["Roboto", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },

            // Button labels as written ("导出 Excel", "Export to Excel"), not Material's upper case ("EXCEL").
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
