namespace GitGoods.Benchmarks.Web;

/// <summary>One load of the home page, in the browser's milliseconds since navigation start; bytes up to the first card.</summary>
public sealed record AppLoad(double CardMs, double LcpMs, double ResponseEndMs, double DomContentLoadedMs, double Bytes, double JsBytes, double JsDecodedBytes);
