using System.Text.Json;

using Amazon.CDK.AWS.CloudFront;

using GitGoods.Infrastructure.Hosting;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>The seller images' bucket, its CDN path and the functions' grants (decision 0034), in the synthesized main stack.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class ProductImageBucketTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void Bucket_IsPrivate_Encrypted_TlsOnly_Retained_AndExpiresUnattachedUploadsAfterADay()
    {
        var bucket = Bucket();
        var properties = bucket.GetProperty("Properties");

        properties.GetProperty("PublicAccessBlockConfiguration").EnumerateObject().Select(p => (p.Name, p.Value.GetBoolean()))
            .Should().BeEquivalentTo([("BlockPublicAcls", true), ("BlockPublicPolicy", true), ("IgnorePublicAcls", true), ("RestrictPublicBuckets", true)]);
        properties.GetProperty("BucketEncryption").Compact().Should().Contain("\"SSEAlgorithm\":\"AES256\"");
        bucket.GetProperty("DeletionPolicy").GetString().Should().Be("Retain");
        var rule = properties.GetProperty("LifecycleConfiguration").GetProperty("Rules").EnumerateArray().Should().ContainSingle().Subject;
        (rule.GetProperty("Prefix").GetString(), rule.GetProperty("ExpirationInDays").GetInt32(), rule.GetProperty("Status").GetString())
            .Should().Be(("uploads/", 1, "Enabled"));
        Statements().Should().Contain(s => s.GetProperty("Effect").GetString() == "Deny"
            && s.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString() == "false");
        Statements().Should().NotContain(s => s.GetProperty("Effect").GetString() == "Allow" && s.GetProperty("Principal").ToString().Contains("\"*\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Cors_AllowsOnlyPutWithAContentType_FromTheSitesOwnOrigin()
    {
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);

        var rule = Bucket().GetProperty("Properties").GetProperty("CorsConfiguration").GetProperty("CorsRules").EnumerateArray().Should().ContainSingle().Subject;

        rule.GetProperty("AllowedMethods").EnumerateArray().Select(m => m.GetString()).Should().Equal("PUT");
        rule.GetProperty("AllowedHeaders").EnumerateArray().Select(m => m.GetString()).Should().Equal("content-type");
        var origin = rule.GetProperty("AllowedOrigins").EnumerateArray().Should().ContainSingle().Subject.Compact();
        origin.Should().Contain("\"https://\"").And.Contain($"\"Fn::GetAtt\":[\"{distribution}\",\"DomainName\"]");
    }

    [Fact]
    public void Cdn_ServesOnlyTheImagesPrefix_ThroughOriginAccessControl_CachedLong_WithoutCookiesOrQueries()
    {
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);
        var config = stack.Resources("AWS::CloudFront::Distribution").Values.Single().GetProperty("Properties").GetProperty("DistributionConfig");

        var behaviour = config.GetProperty("CacheBehaviors").EnumerateArray().Single(b => b.GetProperty("PathPattern").GetString() == "/images/products/*");
        behaviour.GetProperty("CachePolicyId").GetString().Should().Be(CachePolicy.CACHING_OPTIMIZED.CachePolicyId);
        behaviour.GetProperty("AllowedMethods").EnumerateArray().Select(m => m.GetString()).Should().BeEquivalentTo("GET", "HEAD");
        behaviour.GetProperty("ViewerProtocolPolicy").GetString().Should().Be("redirect-to-https");
        var origin = config.GetProperty("Origins").EnumerateArray().Single(o => o.GetProperty("Id").GetString() == behaviour.GetProperty("TargetOriginId").GetString());
        origin.GetProperty("OriginAccessControlId").Compact().Should().Contain("ProductImages");
        origin.GetProperty("DomainName").Compact().Should().Contain("-images\",{\"Ref\":\"AWS::AccountId\"}").And.Contain(".s3.");
        var read = Statements().Single(s => s.GetProperty("Principal").TryGetProperty("Service", out var service) && service.GetString() == "cloudfront.amazonaws.com");
        read.GetProperty("Action").GetString().Should().Be("s3:GetObject");
        read.GetProperty("Resource").Compact().Should().EndWith("\"/images/products/*\"]]}");
        read.GetProperty("Condition").GetProperty("StringEquals").GetProperty("AWS:SourceArn").Compact().Should().Contain($"\"Ref\":\"{distribution}\"");
    }

    [Fact]
    public void UploadFunction_MayOnlyPutUnderUploads_AndTheProductWritersOnlyWhatAttachingNeeds()
    {
        Grants("CreateImageUpload").Should().BeEquivalentTo([("s3:PutObject", "uploads/*")]);
        foreach (var writer in new[] { "CreateProduct", "UpdateProduct" })
        {
            Grants(writer).Should().BeEquivalentTo([
                ("s3:DeleteObject", "images/products/*"), ("s3:DeleteObject", "uploads/*"), ("s3:GetObject", "uploads/*"),
                ("s3:ListBucket", "bucket"), ("s3:PutObject", "images/products/*")]);
            stack.FunctionEnvironment(writer).Should().ContainKey("IMAGE_BUCKET");
        }

        stack.FunctionEnvironment("CreateImageUpload").Should().ContainKey("IMAGE_BUCKET");
        stack.FunctionEnvironment("GetProduct").Should().NotContainKey("IMAGE_BUCKET");
        Grants("GetProduct").Should().BeEmpty();
        var list = stack.RoleStatements().Single(s => s.Role == stack.FunctionRoleLogicalId("UpdateProduct") && Actions(s.Statement).Contains("s3:ListBucket")).Statement;
        list.GetProperty("Condition").GetProperty("StringLike").GetProperty("s3:prefix").GetString().Should().Be("uploads/*");
    }

    [Fact]
    public void SitePages_MayPutToTheImageBucket_AndNothingElseNew()
    {
        var csp = stack.Resources("AWS::CloudFront::ResponseHeadersPolicy").Values.Single().GetProperty("Properties").Compact();

        csp.Should().Contain("connect-src \\u0027self\\u0027 https://cognito-idp.ap-southeast-1.amazonaws.com https://\",{\"Fn::Join\":[\"-\",[\"gitgoods-images\"");
    }

    private JsonElement Bucket() => stack.Resources("AWS::S3::Bucket")[stack.LogicalId(stack.Stack.ProductImages.Bucket)];

    private IReadOnlyList<JsonElement> Statements()
    {
        var bucket = stack.LogicalId(stack.Stack.ProductImages.Bucket);
        return [.. stack.Resources("AWS::S3::BucketPolicy").Values.Select(p => p.GetProperty("Properties"))
            .Single(p => p.GetProperty("Bucket").Compact() == $"{{\"Ref\":\"{bucket}\"}}")
            .GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()];
    }

    /// <summary>The function's S3 actions on the image bucket, each with the key pattern it is limited to ("bucket" for the bucket itself).</summary>
    private List<(string Action, string Resource)> Grants(string function)
    {
        // The grants name the bucket by its fixed name (no reference, which would make a dependency cycle through the distribution).
        const string bucketName = "-images\",{\"Ref\":\"AWS::AccountId\"}";
        return [.. stack.RoleStatements().Where(s => s.Role == stack.FunctionRoleLogicalId(function) && s.Statement.GetProperty("Resource").Compact().Contains(bucketName, StringComparison.Ordinal))
            .SelectMany(s => Actions(s.Statement).Select(a => (a, Pattern(s.Statement.GetProperty("Resource").Compact()))))
            .OrderBy(g => g.Item1, StringComparer.Ordinal).ThenBy(g => g.Item2, StringComparer.Ordinal)];
    }

    private static string Pattern(string resource) =>
        resource.Contains("\"/uploads/*\"", StringComparison.Ordinal) ? "uploads/*"
        : resource.Contains("\"/images/products/*\"", StringComparison.Ordinal) ? "images/products/*"
        : resource.Contains('/', StringComparison.Ordinal) ? resource : "bucket";

    private static IEnumerable<string> Actions(JsonElement statement) =>
        statement.GetProperty("Action").ValueKind == JsonValueKind.Array
            ? statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)
            : [statement.GetProperty("Action").GetString()!];
}
