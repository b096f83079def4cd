using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;

using Constructs;

using GitGoods.Adapters.Encryption;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Security;

/// <summary>
/// The KMS key that wraps the data keys of order personal data (docs/decisions/0009-personal-data-encryption.md).
/// Only functions whose manifest entry asks for <see cref="PersonalDataAccess"/> get it: Seal may generate data keys,
/// Open may unwrap them, and both only with the encryption context <c>purpose</c> = <see cref="KmsDataKeySource.Purpose"/>.
/// The readiness check may DescribeKey it (<see cref="GrantDescribe"/>), which reads no data.
/// The key policy is CDK's default (the account may delegate to IAM); no IAM policy other than these grants names it.
/// <para>
/// It is a multi-Region key: with a warm standby, the standby stack holds a replica (<see cref="ReplicaIn"/>, same key id
/// and key material), so orders written in one region open in the other even when the first region is down.
/// </para>
/// </summary>
public sealed class PersonalDataKey : Construct
{
    public const string AliasName = "alias/gitgoods/order-pii";

    /// <summary>The IAM condition key that pins the <c>purpose</c> entry of the encryption context.</summary>
    public const string PurposeConditionKey = "kms:EncryptionContext:purpose";

    public PersonalDataKey(Construct scope, string id)
        : base(scope, id)
    {
        var key = new Key(this, "Key", new KeyProps
        {
            // Multi-Region is fixed at creation: a single-Region key could never get a replica in the standby region.
            MultiRegion = true,
            Description = "Git Goods: wraps the data keys that encrypt order personal data (shipping details, phone, e-mail).",
            KeySpec = KeySpec.SYMMETRIC_DEFAULT,
            KeyUsage = KeyUsage.ENCRYPT_DECRYPT,
            EnableKeyRotation = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        // Operators find the key by name; functions are given the key ARN, which survives an alias move.
        Alias = key.AddAlias(AliasName);
        Key = key;
        KeyArn = key.KeyArn;
    }

    private PersonalDataKey(Construct scope, string id, PersonalDataKey primary)
        : base(scope, id)
    {
        var replica = new CfnReplicaKey(this, "ReplicaKey", new CfnReplicaKeyProps
        {
            PrimaryKeyArn = primary.KeyArn,
            Description = "Git Goods: replica of the order personal-data key, for the warm standby.",
            // The same default policy as the primary: the account delegates to IAM, and only the grants below name the key.
            KeyPolicy = new PolicyDocument(new PolicyDocumentProps
            {
                Statements =
                [
                    new PolicyStatement(new PolicyStatementProps
                    {
                        Effect = Effect.ALLOW,
                        Principals = [new AccountRootPrincipal()],
                        Actions = ["kms:*"],
                        Resources = ["*"],
                    }),
                ],
            }),
        });
        replica.ApplyRemovalPolicy(RemovalPolicy.RETAIN);
        Alias = new Alias(this, "Alias", new AliasProps { AliasName = AliasName, TargetKey = Amazon.CDK.AWS.KMS.Key.FromKeyArn(this, "Replica", replica.AttrArn) });
        KeyArn = replica.AttrArn;
    }

    /// <summary>The key this stack created; null in a standby stack, which holds a replica.</summary>
    public Key? Key { get; }

    /// <summary>The ARN the functions of this stack use: the key, or its replica in the standby region.</summary>
    public string KeyArn { get; }

    public IAlias Alias { get; }

    /// <summary>A replica of this key in the standby stack <paramref name="scope"/>'s region.</summary>
    /// <exception cref="InvalidOperationException">When this key is itself a replica.</exception>
    public PersonalDataKey ReplicaIn(Construct scope, string id) =>
        Key is null
            ? throw new InvalidOperationException("A replica key has no replicas of its own: replicate the main stack's key.")
            : new PersonalDataKey(scope, id, this);

    /// <summary>Grants what <paramref name="access"/> asks for (nothing for <see cref="PersonalDataAccess.None"/>).</summary>
    public void Grant(IGrantable grantee, PersonalDataAccess access)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        if (access.HasFlag(PersonalDataAccess.Seal))
        {
            AddStatement(grantee, "kms:GenerateDataKey");
        }

        if (access.HasFlag(PersonalDataAccess.Open))
        {
            AddStatement(grantee, "kms:Decrypt");
        }
    }

    /// <summary>Lets <paramref name="grantee"/> call DescribeKey on the key (the readiness check): no data key, no decryption.</summary>
    public void GrantDescribe(IGrantable grantee)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = ["kms:DescribeKey"],
            Resources = [KeyArn],
        }));
    }

    private void AddStatement(IGrantable grantee, string action) =>
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = [action],
            Resources = [KeyArn],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { [PurposeConditionKey] = KmsDataKeySource.Purpose },
            },
        }));
}
