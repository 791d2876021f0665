using System.Text;

namespace Kompetenzzentrum.Modules.Media.DemoData;

/// <summary>
/// Small files the demo uploads, made here rather than shipped: MP3 audio (MPEG-1 Layer III frames of silence, a few
/// hundred milliseconds), WebVTT captions, a cover image and an MP4 container header standing in for a video.
/// </summary>
internal static class DemoMediaFiles
{
    // 128 kbit/s, 44.1 kHz, mono, no CRC: 417-byte frames of 1152 samples (26 ms); an empty side info decodes as silence.
    private static readonly byte[] FrameHeader = [0xFF, 0xFB, 0x90, 0xC0];
    private const int FrameLength = 144 * 128_000 / 44_100;

    /// <summary>About <paramref name="milliseconds"/> of silent MP3.</summary>
    public static byte[] Mp3(int milliseconds)
    {
        var frames = Math.Max(1, milliseconds * 44_100 / 1152 / 1000);
        var bytes = new byte[frames * FrameLength];
        for (var i = 0; i < frames; i++)
        {
            FrameHeader.CopyTo(bytes, i * FrameLength);
        }
        return bytes;
    }

    /// <summary>Captions of a short explainer: the sentences, two seconds each.</summary>
    public static byte[] Vtt(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append($"00:00:{i * 2:00}.000 --> 00:00:{i * 2 + 2:00}.000\n{lines[i]}\n\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A one-pixel PNG for the series cover.</summary>
    public static byte[] Cover() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>An MP4 file type box (isom): a container header without frames, standing in for a recorded video.</summary>
    public static byte[] Mp4() => [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isommp41"u8];
}
