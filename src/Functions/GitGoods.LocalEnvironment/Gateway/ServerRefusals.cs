using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// Kestrel connection middleware that gives the web server's own refusals the shop's error shape. Kestrel answers a
/// request it cannot read (a NUL or control character in the path or a header, an over-long request line or header
/// block, a malformed request line) itself, before any HTTP middleware runs: an empty-bodied 400, 414 or 431 without a
/// content type. Those responses are recognisable on the wire: Kestrel closes the connection, sends no body and no
/// <c>x-request-id</c> (which every response of the gateway carries). <see cref="ServerRefusalStream"/> rewrites exactly
/// those into problem+json with an <c>x-request-id</c>; every other byte passes through untouched.
/// </summary>
public static class ServerRefusals
{
    /// <summary>Adds the rewriting to every endpoint Kestrel listens on (including those from <c>--urls</c>).</summary>
    public static void UseProblemRefusals(this KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => context => RunAsync(next, context)));
    }

    private static async Task RunAsync(ConnectionDelegate next, ConnectionContext context)
    {
        var transport = context.Transport;
        await using var output = new ServerRefusalStream(transport.Output.AsStream(leaveOpen: true));
        var writer = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        context.Transport = new RewrittenTransport(transport.Input, writer);
        try
        {
            await next(context);
        }
        finally
        {
            await writer.CompleteAsync();
            context.Transport = transport;
        }
    }

    private sealed class RewrittenTransport(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
