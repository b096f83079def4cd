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
/// The key policy is CDK's default (the account may delegate to IAM); no IAM policy other than these grants names it.
/// </summary>
public sealed class PersonalDataKey : Construct
{
    public const string AliasName = "alias/gitgoods/order-pii";

    /// <summary>The IAM condition key that pins the <c>purpose</c> entry of the encryption context.</summary>
    public const string PurposeConditionKey = "kms:EncryptionContext:purpose";

    public PersonalDataKey(Construct scope, string id)
        : base(scope, id)
    {
        Key = new Key(this, "Key", new KeyProps
        {
            Description = "Git Goods: wraps the data keys that encrypt order personal data (shipping details, phone, e-mail).",
            KeySpec = KeySpec.SYMMETRIC_DEFAULT,
            KeyUsage = KeyUsage.ENCRYPT_DECRYPT,
            EnableKeyRotation = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        // Operators find the key by name; functions are given the key ARN, which survives an alias move.
        Alias = Key.AddAlias(AliasName);
    }

    public Key Key { get; }

    public IAlias Alias { get; }

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

    private void AddStatement(IGrantable grantee, string action) =>
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = [action],
            Resources = [Key.KeyArn],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { [PurposeConditionKey] = KmsDataKeySource.Purpose },
            },
        }));
}
