using System.Text;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// The file types the media module accepts, recognised by their first bytes: a declared Content-Type alone
/// is what the client claims, not what the file is.
/// </summary>
internal static class MediaTypes
{
    public const string Mp3 = "audio/mpeg";
    public const string M4a = "audio/mp4";
    public const string Mp4 = "video/mp4";
    public const string Vtt = "text/vtt";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    public static IReadOnlyList<string> All { get; } = [Mp3, M4a, Mp4, Vtt, Jpeg, Png];

    /// <summary>How many leading bytes <see cref="Matches"/> needs at most.</summary>
    public const int SniffLength = 16;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether the leading bytes of a file fit the declared type.</summary>
    public static bool Matches(string contentType, ReadOnlySpan<byte> head) => contentType switch
    {
        Mp3 => head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0),
        M4a or Mp4 => head.Length >= 8 && head.Slice(4, 4).SequenceEqual("ftyp"u8),
        Vtt => IsWebVtt(head),
        Jpeg => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        Png => head.StartsWith(PngSignature),
        _ => false,
    };

    /// <summary>A WebVTT file starts with "WEBVTT" (after an optional BOM), then a space, tab or line break.</summary>
    public static bool IsWebVtt(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        if (!head.StartsWith("WEBVTT"u8))
        {
            return false;
        }
        return head.Length == 6 || head[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
    }

    /// <summary>The bare media type of a Content-Type header value, lower case (parameters dropped).</summary>
    public static string Normalize(string? contentType) =>
        (contentType ?? "").Split(';', 2)[0].Trim().ToLowerInvariant();

    public static string Describe() => new StringBuilder().AppendJoin(", ", All).ToString();
}
