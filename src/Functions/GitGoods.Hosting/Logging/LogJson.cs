using System.Text.Encodings.Web;
using System.Text.Json;

namespace GitGoods.Hosting.Logging;

/// <summary>
/// Writer options for log lines and EMF blobs. They are read in CloudWatch, never embedded in HTML, so
/// the relaxed encoder keeps <c>'</c>, <c>+</c>, <c>&lt;</c> and <c>&gt;</c> readable instead of <c>\u0027</c>.
/// </summary>
internal static class LogJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
