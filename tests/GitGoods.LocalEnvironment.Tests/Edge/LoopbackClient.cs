using System.Net;
using System.Net.Sockets;

namespace GitGoods.LocalEnvironment.Tests.Edge;

/// <summary>
/// An HTTP client whose connections come from a chosen loopback address (all of 127.0.0.0/8 is the loopback interface
/// on Linux), so one test process can be several clients as the stack's rate rule sees them.
/// </summary>
internal static class LoopbackClient
{
    public static HttpClient From(string sourceAddress, Uri baseAddress)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}
