namespace GitGoods.LocalEnvironment.Queues;

/// <summary>The order queues once the stack has provisioned them at start (their URLs are function settings).</summary>
public sealed class StackQueues
{
    private ProvisionedQueues? _provisioned;

    public ProvisionedQueues Provisioned => _provisioned ?? throw new InvalidOperationException("The order queues are provisioned at start, before any function is built.");

    public void Set(ProvisionedQueues queues) => _provisioned = queues;
}
