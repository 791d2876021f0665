using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kompetenzzentrum.Modules.Catalog.Certificates;

/// <summary>What a certificate of participation states; the texts are already in the certificate's language.</summary>
internal sealed record CertificateContent(
    IReadOnlyList<string> Participants, string Organisation, string Offering, string Date, string Duration, string Program, string Funding,
    string Center);

/// <summary>Writes a certificate of participation as PDF (PDFsharp), one A4 page per participant.</summary>
internal static class CertificateDocument
{
    public static byte[] Write(CertificateContent content, ITexts texts)
    {
        CertificateFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = texts.Get("catalog.certificate.title");
        document.Info.Author = content.Center;
        foreach (var participant in content.Participants)
        {
            Page(document.AddPage(), participant, content, texts);
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Page(PdfPage page, string participant, CertificateContent content, ITexts texts)
    {
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using var gfx = XGraphics.FromPdfPage(page);
        var (title, name, body, small) = (new XFont(CertificateFonts.Family, 26, XFontStyleEx.Bold),
            new XFont(CertificateFonts.Family, 20, XFontStyleEx.Bold), new XFont(CertificateFonts.Family, 12, XFontStyleEx.Regular),
            new XFont(CertificateFonts.Family, 9, XFontStyleEx.Regular));
        var width = page.Width.Point;
        var y = 110.0;
        void Line(string text, XFont font, double gap)
        {
            gfx.DrawString(text, font, XBrushes.Black, new XRect(50, y, width - 100, font.Size * 1.4), XStringFormats.TopCenter);
            y += font.Size * 1.4 + gap;
        }
        Line(content.Center, body, 40);
        Line(texts.Get("catalog.certificate.title"), title, 40);
        Line(texts.Get("catalog.certificate.confirms"), body, 16);
        Line(participant, name, 8);
        Line(texts.Get("catalog.certificate.of", TextArgs.Of(("organisation", content.Organisation))), body, 24);
        Line(texts.Get("catalog.certificate.took-part"), body, 16);
        Line(content.Offering, name, 16);
        Line(texts.Get("catalog.certificate.when", TextArgs.Of(("date", content.Date), ("duration", content.Duration))), body, 8);
        Line(texts.Get("catalog.certificate.program", TextArgs.Of(("program", content.Program))), body, 8);
        Line(content.Funding, small, 0);
        var signature = page.Height.Point - 170;
        gfx.DrawLine(XPens.Black, width / 2 - 110, signature, width / 2 + 110, signature);
        y = signature + 6;
        Line(texts.Get("catalog.certificate.signature", TextArgs.Of(("center", content.Center))), small, 0);
    }
}
