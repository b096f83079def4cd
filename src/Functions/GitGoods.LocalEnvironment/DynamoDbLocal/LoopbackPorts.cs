using System.Net;
using System.Net.Sockets;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>Finds TCP ports that are free on 127.0.0.1.</summary>
public static class LoopbackPorts
{
    /// <summary>A port the operating system just handed out as free on 127.0.0.1.</summary>
    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>True when nothing listens on <paramref name="port"/> at 127.0.0.1.</summary>
    public static bool IsFree(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
