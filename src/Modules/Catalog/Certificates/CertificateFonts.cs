using PdfSharp.Fonts;

namespace Kompetenzzentrum.Modules.Catalog.Certificates;

/// <summary>
/// PDFsharp finds no system fonts on Linux by itself; certificates are set in DejaVu Sans from the machine's fonts
/// (Debian's <c>fonts-dejavu-core</c>, which CI installs). The resolver is PDFsharp's one global setting, set once.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Folder = "/usr/share/fonts/truetype/dejavu";
    private static readonly object Gate = new();

    /// <summary>Installs the resolver unless one is set already.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new CertificateFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
