using System.Globalization;
using System.Net;

namespace GitGoods.LocalEnvironment.Tests.Queues;

/// <summary>The addresses a TCP port is listened on, read from /proc/net/tcp and /proc/net/tcp6 (Linux).</summary>
internal static class ListeningSockets
{
    private const string Listen = "0A";

    public static IReadOnlyList<IPAddress> On(int port)
    {
        var addresses = new List<IPAddress>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] == Listen && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    addresses.Add(Parse(local[0]));
                }
            }
        }

        return addresses;
    }

    // The kernel prints each 32-bit word of the address in host (little-endian) order.
    private static IPAddress Parse(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }
}
