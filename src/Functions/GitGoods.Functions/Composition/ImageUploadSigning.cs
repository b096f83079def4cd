using Amazon.Runtime;

namespace GitGoods.Composition;

/// <summary>
/// Where pre-signed image uploads point and whose keys sign them when that is not S3 itself: the local stack's own
/// <c>/local/s3</c> (known once it listens), which verifies the signature with the same keys (decision 0034).
/// </summary>
public sealed record ImageUploadSigning(Func<Uri> Endpoint, AWSCredentials Credentials);
