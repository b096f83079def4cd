using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SecretsManager;
using Amazon.CDK.AWS.Synthetics;

using Constructs;

using SyntheticsCanary = Amazon.CDK.AWS.Synthetics.Canary;

namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>
/// A CloudWatch Synthetics canary that walks the shop's main journey (browse, cart, sign-in, order with a test card,
/// cancel, clear the cart) every 5 minutes against one region's API, and <see cref="FailedAlarm"/>, which fires after
/// two failed (or missing) runs in a row. The journey is <c>src/Infrastructure/canary</c> (docs/canary.md); the canary
/// shopper's credentials are a generated secret, and the handler creates that user on its first run.
/// </summary>
public sealed class ShopJourneyCanary : Construct
{
    public const string DefaultCodeDirectory = "src/Infrastructure/canary";
    public const string HandlerFile = "shop-journey-canary";
    public const string Handler = HandlerFile + ".handler";

    /// <summary>
    /// syn-nodejs-puppeteer-13.0 (Lambda Node.js 22, AWS SDK v3 included): the newest Node.js runtime CDK 2.277 names
    /// that runs a script of ours, on no deprecation list. The journey needs no browser; the browser-less syn-nodejs-3.x
    /// runtimes (Node.js 20) are documented for the multi-checks blueprint, so they were not chosen.
    /// </summary>
    public static Runtime SyntheticsRuntime => Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0;

    /// <summary>How long run artifacts (logs, reports) stay in the bucket; failed runs stay as long in Synthetics.</summary>
    public const int ArtifactDays = 14;

    public ShopJourneyCanary(Construct scope, string id, ShopJourneyCanaryOptions options)
        : base(scope, id)
    {
        var settings = CanarySettings.From(options);
        var handlerPath = Path.Combine(settings.CodeDirectory, "nodejs", "node_modules", HandlerFile + ".js");
        if (!File.Exists(handlerPath))
        {
            throw new InvalidOperationException($"No canary handler at '{handlerPath}' (ShopJourneyCanaryOptions.CodeDirectory).");
        }

        Name = settings.Name;
        ArtifactsBucket = CreateArtifactsBucket();
        ShopperSecret = CreateShopperSecret(settings.ShopperEmail);
        Role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"Git Goods canary {Name}: runs the shop journey.",
            InlinePolicies = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal)
            {
                ["ShopJourney"] = CanaryPermissions.Document(Stack.Of(this), settings, options, ArtifactsBucket, ShopperSecret),
            },
        });

        Canary = CreateCanary(settings, options);

        // Detection within 10 minutes (the SLO): two 5-minute periods below 100 %. A run that never happened is a
        // failure too: a canary that stopped measures nothing.
        FailedAlarm = Canary.MetricSuccessPercent(new MetricOptions { Period = Duration.Minutes(5), Statistic = Stats.AVERAGE })
            .CreateAlarm(this, "Failed", new CreateAlarmOptions
            {
                AlarmDescription = $"The shop journey canary {Name} failed (or did not run) twice in a row: the shop is down for shoppers in this region. docs/canary.md",
                Threshold = 100,
                ComparisonOperator = ComparisonOperator.LESS_THAN_THRESHOLD,
                EvaluationPeriods = 2,
                DatapointsToAlarm = 2,
                TreatMissingData = TreatMissingData.BREACHING,
            });
    }

    /// <summary>The canary's name: <c>{NamePrefix}-{RegionLabel}</c>.</summary>
    public string Name { get; }

    public SyntheticsCanary Canary { get; }

    public Alarm FailedAlarm { get; }

    /// <summary>Run artifacts, under the prefix <see cref="Name"/>.</summary>
    public Bucket ArtifactsBucket { get; }

    /// <summary>The canary shopper: <c>{"username","password"}</c>.</summary>
    public Secret ShopperSecret { get; }

    public Role Role { get; }

    private Secret CreateShopperSecret(string email) =>
        new(this, "Shopper", new SecretProps
        {
            Description = $"Git Goods canary {Name}: the shopper it signs in as (username = e-mail, generated password).",
            GenerateSecretString = new SecretStringGenerator
            {
                SecretStringTemplate = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal) { ["username"] = email }),
                GenerateStringKey = "password",
                // The pool's policy wants 12+ characters with all four classes; quotes, slashes and @ only make copying harder.
                PasswordLength = 32,
                RequireEachIncludedType = true,
                ExcludeCharacters = "\"'`\\/@",
            },
            // Nothing depends on the value outliving the stack: the handler sets the pool user's password from the secret.
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

    private SyntheticsCanary CreateCanary(CanarySettings settings, ShopJourneyCanaryOptions options) =>
        new(this, "Canary", new CanaryProps
        {
            // A fixed name: the role's log permission and the alarm's dimension name it before the canary exists.
            CanaryName = Name,
            Runtime = SyntheticsRuntime,
            Test = Test.Custom(new CustomTestOptions
            {
                // Only nodejs/ (the handler and the journey), not smoke.js or the tests beside it.
                Code = Code.FromAsset(settings.CodeDirectory, new Amazon.CDK.AWS.S3.Assets.AssetOptions { Exclude = ["*", "!nodejs", "!nodejs/**"] }),
                Handler = Handler,
            }),
            Schedule = Schedule.Rate(Duration.Minutes(5)),
            // A healthy run takes seconds; the journey's own deadlines (10 s a request, 30 s for the order) end a bad one first.
            Timeout = Duration.Minutes(2),
            Role = Role,
            ArtifactsBucketLocation = new ArtifactsBucketLocation { Bucket = ArtifactsBucket, Prefix = Name },
            ArtifactS3EncryptionMode = ArtifactsEncryptionMode.S3_MANAGED,
            SuccessRetentionPeriod = Duration.Days(7),
            FailureRetentionPeriod = Duration.Days(ArtifactDays),
            ProvisionedResourceCleanup = true,
            EnvironmentVariables = CanarySettings.Environment(options, ShopperSecret.SecretArn),
        });

    // Retained, without an auto-delete custom resource: deleting the stack never fails on a non-empty bucket, no
    // function with delete rights is added, and the lifecycle rule empties the bucket within ArtifactDays anyway.
    private Bucket CreateArtifactsBucket() =>
        new(this, "Artifacts", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Id = "ExpireRunArtifacts",
                    Expiration = Duration.Days(ArtifactDays),
                    AbortIncompleteMultipartUploadAfter = Duration.Days(1),
                },
            ],
            RemovalPolicy = RemovalPolicy.RETAIN,
            AutoDeleteObjects = false,
        });
}
