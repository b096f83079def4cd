namespace GitGoods.Domain.WaitingRoom;

/// <summary>The deployment's token signing key: read once, kept for the life of the process.</summary>
public interface IWaitingRoomKey
{
    Task<byte[]> GetAsync(CancellationToken cancellationToken);
}
