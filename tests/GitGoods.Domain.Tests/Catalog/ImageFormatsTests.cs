using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Domain.Tests.Catalog;

public class ImageFormatsTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1 }, "image/jpeg")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "image/png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    public void Detect_KnowsEachAllowedFormatByItsMagicNumber(byte[] head, string expected) =>
        ImageFormats.Detect(head).Should().Be(expected);

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 })]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x20, 0x78, 0x6D, 0x6C, 0x6E, 0x73, 0x3D, 0x22 })]
    public void Detect_RefusesAnythingElse_GifWavSvgOrTruncated(byte[] head) =>
        ImageFormats.Detect(head).Should().BeNull();

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF0123456789abcdef", false)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("../../uploads/x/0123456789abcdef", false)]
    public void ImageIds_AreExactly32LowerCaseHexDigits(string id, bool valid) =>
        ImageKeys.TryParsePublicUrl("/images/products/" + id, out _).Should().Be(valid);

    [Fact]
    public void MaxBytes_Is2MB() => ImageFormats.MaxBytes.Should().Be(2_097_152);
}
