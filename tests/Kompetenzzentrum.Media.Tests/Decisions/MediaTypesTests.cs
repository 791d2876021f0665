using System.Text;
using Kompetenzzentrum.Modules.Media.Files;

namespace Kompetenzzentrum.Media.Tests.Decisions;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(MediaTypes.Mp3, new byte[] { 0x49, 0x44, 0x33, 4, 0 })]
    [InlineData(MediaTypes.Mp3, new byte[] { 0xFF, 0xFB, 0x90, 0x64 })]
    [InlineData(MediaTypes.M4a, new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D, 0x34, 0x41, 0x20 })]
    [InlineData(MediaTypes.Mp4, new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D })]
    [InlineData(MediaTypes.Jpeg, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(MediaTypes.Png, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    public void Given_the_signature_of_the_declared_type_Then_it_matches(string type, byte[] head) =>
        Assert.True(MediaTypes.Matches(type, head));

    [Theory]
    [InlineData(MediaTypes.Mp3, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(MediaTypes.Png, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(MediaTypes.Mp4, new byte[] { 0x49, 0x44, 0x33, 4, 0 })]
    [InlineData("application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData(MediaTypes.Jpeg, new byte[0])]
    public void Given_other_content_than_declared_Then_it_does_not_match(string type, byte[] head) =>
        Assert.False(MediaTypes.Matches(type, head));

    [Theory]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nHallo", true)]
    [InlineData("\uFEFFWEBVTT - Kurz erklärt\n", true)]
    [InlineData("WEBVTT", true)]
    [InlineData("WEBVTTX\n", false)]
    [InlineData("1\n00:00:00,000 --> 00:00:01,000\nSRT", false)]
    public void WebVtt_needs_its_header(string text, bool valid) =>
        Assert.Equal(valid, MediaTypes.IsWebVtt(Encoding.UTF8.GetBytes(text)));
}
