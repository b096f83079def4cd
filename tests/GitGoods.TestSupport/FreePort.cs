using GitGoods.LocalEnvironment.DynamoDbLocal;

namespace GitGoods.TestSupport;

/// <summary>Free TCP ports on 127.0.0.1 for servers a test starts.</summary>
public static class FreePort
{
    public static int Next() => LoopbackPorts.GetFree();
}
