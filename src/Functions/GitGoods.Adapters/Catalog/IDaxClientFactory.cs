using Amazon.DynamoDBv2;

namespace GitGoods.Adapters.Catalog;

/// <summary>
/// Makes the DynamoDB client that reads the shopper's catalogue through a DAX cluster. The DAX client
/// (AWSSDK.DAX.Client) is not available to this build, so none is registered: a build that has it adds an
/// implementation and registers it in the composition root (docs/decisions/0017-dax-read-client.md shows the lines).
/// Only eventually consistent catalogue reads go through it; fresh reads and every write use DynamoDB directly.
/// </summary>
public interface IDaxClientFactory
{
    /// <summary>A client of the cluster behind <paramref name="endpoint"/>; the caller owns (and disposes) it.</summary>
    /// <param name="endpoint">The cluster's discovery endpoint, <c>dax://</c> or <c>daxs://</c> (see <see cref="DaxClusterEndpoint"/>).</param>
    /// <param name="region">The AWS Region the function runs in.</param>
    IAmazonDynamoDB Create(Uri endpoint, string region);
}
