using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.IAM;
using IFunction = Amazon.CDK.AWS.Lambda.IFunction;
using Amazon.CDK.AWS.S3;

using Constructs;

using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// Seller images (decision 0034): a private bucket (no public access, SSE-S3, TLS only) that browsers PUT to with a
/// pre-signed URL under <c>uploads/</c> (CORS: PUT from the site's origin only; unattached uploads expire after a day),
/// and whose <c>images/products/</c> prefix CloudFront serves at <c>/images/products/*</c> through Origin Access
/// Control, cached long (an image never changes under its id), no cookies or query strings. The bucket has a fixed
/// name, so the distribution names its origin without depending on the bucket while the bucket's CORS rule names the
/// distribution's origin.
/// </summary>
public sealed class ProductImageBucket : Construct
{
    public const string PathPattern = "/" + ImageKeys.PublicPrefix + "*";
    public const int UploadExpiryDays = 1;

    public ProductImageBucket(Construct scope, string id)
        : base(scope, id)
    {
        var stack = Stack.Of(this);
        BucketName = Fn.Join("-", [Token.IsUnresolved(stack.StackName) ? "gitgoods" : stack.StackName.ToLowerInvariant(), "images", Aws.ACCOUNT_ID, Aws.REGION]);
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BucketName = BucketName,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            MinimumTLSVersion = 1.2,
            Encryption = BucketEncryption.S3_MANAGED,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            // Sellers' images are data: they outlive a deleted stack.
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Id = "ExpireUnattachedUploads",
                    Prefix = ImageKeys.UploadPrefix,
                    Expiration = Duration.Days(UploadExpiryDays),
                    AbortIncompleteMultipartUploadAfter = Duration.Days(UploadExpiryDays),
                },
            ],
        });
    }

    public Bucket Bucket { get; }

    /// <summary>
    /// The bucket's ARN (for keys, <c>/prefix*</c>) from its fixed name, not a reference to it: the distribution waits for
    /// the HTTP functions, whose policies name these ARNs, while the bucket's CORS rule names the distribution.
    /// </summary>
    private string Arn(string keys = "") => Fn.Join("", ["arn:", Aws.PARTITION, ":s3:::", BucketName, keys.Length == 0 ? "" : "/" + keys]);

    /// <summary>Where browsers PUT pre-signed uploads: the bucket's virtual-hosted regional endpoint (as AWSSDK.S3 signs it).</summary>
    public string UploadOrigin => Fn.Join("", ["https://", BucketName, ".s3.", Aws.REGION, ".", Aws.URL_SUFFIX]);

    /// <summary>The bucket's name (a deploy-time value).</summary>
    public string BucketName { get; }

    /// <summary>Signs uploads: <c>s3:PutObject</c> on <c>uploads/*</c> only, the right a pre-signed PUT carries.</summary>
    public void GrantSignUploads(IFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:PutObject"],
            Resources = [Arn(ImageKeys.UploadPrefix + "*")],
        }));
    }

    /// <summary>
    /// Attaches uploads to products: reads and deletes <c>uploads/*</c>, writes and deletes <c>images/products/*</c> (a copy
    /// is a read of the source and a write of the target), and lists <c>uploads/</c> only, so a missing upload is a 404, not a 403.
    /// </summary>
    public void GrantAttach(IFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:GetObject", "s3:DeleteObject"],
            Resources = [Arn(ImageKeys.UploadPrefix + "*")],
        }));
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:PutObject", "s3:DeleteObject"],
            Resources = [Arn(ImageKeys.PublicPrefix + "*")],
        }));
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:ListBucket"],
            Resources = [Arn()],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringLike"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["s3:prefix"] = ImageKeys.UploadPrefix + "*" },
            },
        }));
    }

    /// <summary>
    /// Serves <c>images/products/</c> at <see cref="PathPattern"/> of <paramref name="distribution"/> (Origin Access
    /// Control: only that distribution may read, and only that prefix), and lets <paramref name="siteOrigin"/> PUT uploads.
    /// </summary>
    public void ServeThrough(Distribution distribution, string siteOrigin, IResponseHeadersPolicy headers)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var stack = Stack.Of(this);
        var named = Amazon.CDK.AWS.S3.Bucket.FromBucketAttributes(this, "Named", new BucketAttributes
        {
            BucketName = BucketName,
            BucketRegionalDomainName = Fn.Join("", [BucketName, ".s3.", Aws.REGION, ".", Aws.URL_SUFFIX]),
        });
        var access = new S3OriginAccessControl(this, "OriginAccess", new S3OriginAccessControlProps { Signing = Signing.SIGV4_ALWAYS });
        distribution.AddBehavior(PathPattern, S3BucketOrigin.WithOriginAccessControl(named, new S3BucketOriginWithOACProps
        {
            OriginAccessControl = access,
            OriginAccessLevels = [AccessLevel.READ],
        }), new AddBehaviorOptions
        {
            ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            AllowedMethods = AllowedMethods.ALLOW_GET_HEAD,
            Compress = false,
            // Long cache, no cookies or query strings in the key; the objects carry max-age of a year.
            CachePolicy = CachePolicy.CACHING_OPTIMIZED,
            ResponseHeadersPolicy = headers,
        });
        Bucket.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "CloudFrontReadsProductImages",
            Principals = [new ServicePrincipal("cloudfront.amazonaws.com")],
            Actions = ["s3:GetObject"],
            Resources = [Bucket.ArnForObjects(ImageKeys.PublicPrefix + "*")],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["AWS:SourceArn"] = $"arn:{stack.Partition}:cloudfront::{stack.Account}:distribution/{distribution.DistributionId}",
                },
            },
        }));
        Bucket.AddCorsRule(new CorsRule
        {
            AllowedMethods = [HttpMethods.PUT],
            AllowedOrigins = [siteOrigin],
            AllowedHeaders = ["content-type"],
            ExposedHeaders = ["ETag"],
            MaxAge = 3000,
        });
    }
}
