using Amazon.CDK;

using GitGoods.Infrastructure.Delivery;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// The pipeline's context keys, read without synthesizing anything: defaults that let <c>cdk synth</c> run with no context,
/// and a clear refusal of half-given or malformed values.
/// </summary>
public sealed class DeliveryPipelineSettingsTests
{
    private const string Account = "111111111111";
    private const string ConnectionArn = "arn:aws:codestar-connections:ap-southeast-1:111111111111:connection/7d2469ff-514a-4e4f-9003-5ca4a43cdc41";
    private static readonly DeploymentTarget Target = new(Account: null, "ap-southeast-1", StandbyRegion: "ap-southeast-2");

    [Fact]
    public void WithoutAnAccount_ThereIsNoPipeline()
    {
        DeliveryPipelineSettings.FromContext(Node(), Target).Should().BeNull();
    }

    [Fact]
    public void TheCliAccount_IsThePipelinesAccount_WhenTheContextNamesNone()
    {
        DeliveryPipelineSettings.FromContext(Node(), Target with { Account = "333333333333" })!.Account.Should().Be("333333333333");
    }

    [Fact]
    public void Defaults_CodeCommitOnMain_TestBesideProductionWithoutStandby_NoApproval()
    {
        var settings = DeliveryPipelineSettings.FromContext(Node((DeliveryPipelineSettings.AccountContextKey, Account)), Target)!;

        settings.Source.IsConnection.Should().BeFalse();
        settings.Source.Repository.Should().Be("git-goods");
        settings.Source.Branch.Should().Be("main");
        settings.Region.Should().Be("ap-southeast-1");
        settings.Test.Should().Be(new DeploymentTarget(Account, "ap-southeast-1", StandbyRegion: null));
        settings.Production.Should().Be(new DeploymentTarget(Account, "ap-southeast-1", StandbyRegion: "ap-southeast-2"));
        settings.ManualApproval.Should().BeFalse();
        settings.CrossAccount.Should().BeFalse();
    }

    [Fact]
    public void TestAccountAndRegion_MoveOnlyTheTestStage()
    {
        var settings = DeliveryPipelineSettings.FromContext(Node(
            (DeliveryPipelineSettings.AccountContextKey, Account),
            (DeliveryPipelineSettings.TestAccountContextKey, "222222222222"),
            (DeliveryPipelineSettings.TestRegionContextKey, "eu-west-1"),
            (DeliveryPipelineSettings.ApprovalContextKey, "true")), Target)!;

        settings.Test.Should().Be(new DeploymentTarget("222222222222", "eu-west-1"));
        settings.Production.Account.Should().Be(Account);
        settings.CrossAccount.Should().BeTrue();
        settings.ManualApproval.Should().BeTrue();
    }

    [Fact]
    public void AConnection_TakesItsRepositoryAndBranch()
    {
        var source = PipelineSource.FromContext(Node(
            (PipelineSource.ConnectionArnContextKey, ConnectionArn), (PipelineSource.RepositoryContextKey, "owner/shop"), (PipelineSource.BranchContextKey, "release/1")));

        source.IsConnection.Should().BeTrue();
        source.ConnectionArn.Should().Be(ConnectionArn);
        source.Repository.Should().Be("owner/shop");
        source.Branch.Should().Be("release/1");
    }

    [Theory]
    [InlineData(PipelineSource.ConnectionArnContextKey, ConnectionArn)]
    [InlineData(PipelineSource.RepositoryContextKey, "owner/shop")]
    public void HalfAConnection_FailsNamingBothKeys(string key, string value)
    {
        var read = () => PipelineSource.FromContext(Node((key, value)));

        read.Should().Throw<ArgumentException>()
            .WithMessage($"*'{PipelineSource.ConnectionArnContextKey}' and '{PipelineSource.RepositoryContextKey}' go together*");
    }

    [Fact]
    public void AConnectionAndACodeCommitRepository_Fail()
    {
        var read = () => PipelineSource.FromContext(Node(
            (PipelineSource.ConnectionArnContextKey, ConnectionArn), (PipelineSource.RepositoryContextKey, "owner/shop"),
            (PipelineSource.CodeCommitRepositoryContextKey, "shop")));

        read.Should().Throw<ArgumentException>().WithMessage("*name two sources*");
    }

    [Theory]
    [InlineData(PipelineSource.ConnectionArnContextKey, "arn:aws:s3:::bucket", PipelineSource.RepositoryContextKey, "owner/shop")]
    [InlineData(PipelineSource.ConnectionArnContextKey, ConnectionArn, PipelineSource.RepositoryContextKey, "shop")]
    [InlineData(PipelineSource.CodeCommitRepositoryContextKey, "my shop", PipelineSource.BranchContextKey, "main")]
    [InlineData(PipelineSource.CodeCommitRepositoryContextKey, "shop", PipelineSource.BranchContextKey, "../main")]
    public void MalformedSourceValues_Fail(string key, string value, string otherKey, string otherValue)
    {
        var read = () => PipelineSource.FromContext(Node((key, value), (otherKey, otherValue)));

        read.Should().Throw<ArgumentException>().WithMessage("*CDK context*");
    }

    [Theory]
    [InlineData(DeliveryPipelineSettings.AccountContextKey, "12345")]
    [InlineData(DeliveryPipelineSettings.TestAccountContextKey, "not-an-account")]
    [InlineData(DeliveryPipelineSettings.TestRegionContextKey, "Singapore")]
    [InlineData(DeliveryPipelineSettings.ApprovalContextKey, "yes")]
    public void MalformedPipelineValues_Fail(string key, string value)
    {
        var read = () => DeliveryPipelineSettings.FromContext(Node((DeliveryPipelineSettings.AccountContextKey, Account), (key, value)), Target);

        read.Should().Throw<ArgumentException>().WithMessage($"*'{key}'*");
    }

    private static Constructs.Node Node(params (string Key, string Value)[] context)
    {
        // Later pairs win, as a later -c does on the command line.
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in context)
        {
            values[key] = value;
        }

        return new App(new AppProps { Context = values }).Node;
    }
}
