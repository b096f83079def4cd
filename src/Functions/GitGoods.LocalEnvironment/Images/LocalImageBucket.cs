using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using GitGoods.Adapters.Images;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Images;

/// <summary>
/// The local image bucket: kept by the S3 emulator (fauxqs, the same process as SQS, path style), created at start and
/// after fauxqs restarts. Uploads are signed with this stack's own key pair (a new secret every start), for the stack's
/// own <c>/local/s3</c> endpoint, which checks them with <see cref="Verifier"/> before it hands the body to the emulator.
/// </summary>
public sealed class LocalImageBucket(LocalEnvironmentOptions options, SqsEngine engine, TimeProvider time) : IDisposable
{
    public const string BucketName = "gitgoods-images";
    public const string AccessKeyId = "LOCALIMAGEUPLOADS";
    public const string UploadPath = "/local/s3";
    private readonly string _secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
    private IAmazonS3? _s3;
    private PresignedPutVerifier? _verifier;

    /// <summary>The key pair pre-signed uploads are signed with.</summary>
    public AWSCredentials Credentials => new BasicAWSCredentials(AccessKeyId, _secret);

    /// <summary>Uploads signed with <see cref="Credentials"/> for the stack's own address (known once Kestrel listens).</summary>
    public ImageUploadSigning Signing(IServiceProvider services) =>
        new(() => new Uri(services.GetRequiredService<StackAddress>().BaseUrl + UploadPath), Credentials);

    public PresignedPutVerifier Verifier => _verifier ??= new PresignedPutVerifier(AccessKeyId, _secret, options.Region, time);

    /// <summary>A client of the emulator's S3 (valid once the engine started).</summary>
    public IAmazonS3 S3 => _s3 ??= S3ClientFactory.Create(options.Region, engine.Endpoint);

    /// <summary>Creates the bucket; an existing one is kept.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await S3.PutBucketAsync(BucketName, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
            // Already there: a shared emulator, or a second start.
        }
    }

    public void Dispose() => _s3?.Dispose();
}
