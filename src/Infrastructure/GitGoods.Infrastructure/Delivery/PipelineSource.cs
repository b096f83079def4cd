using System.Text.RegularExpressions;

using Amazon.CDK.AWS.CodeCommit;
using Amazon.CDK.Pipelines;

using Constructs;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// Where the pipeline takes the code from. Two kinds, chosen by the CDK context:
/// <list type="bullet">
/// <item>a CodeConnections (formerly CodeStar Connections) connection to GitHub, GitLab or Bitbucket:
/// <c>pipelineConnectionArn</c> and <c>pipelineRepository</c> (<c>owner/name</c>) together;</item>
/// <item>else a CodeCommit repository: <c>pipelineCodeCommitRepository</c>, default <see cref="DefaultCodeCommitRepository"/>, so
/// <c>cdk synth</c> needs no context at all.</item>
/// </list>
/// Both kinds take <c>pipelineBranch</c> (default <see cref="DefaultBranch"/>). Half of a connection, or a connection and a
/// CodeCommit repository at once, fails synthesis: a pipeline that silently watched the wrong repository would deploy the wrong code.
/// </summary>
public sealed partial record PipelineSource
{
    public const string ConnectionArnContextKey = "pipelineConnectionArn";
    public const string RepositoryContextKey = "pipelineRepository";
    public const string BranchContextKey = "pipelineBranch";
    public const string CodeCommitRepositoryContextKey = "pipelineCodeCommitRepository";

    public const string DefaultBranch = "main";
    public const string DefaultCodeCommitRepository = "git-goods";

    private PipelineSource(string? connectionArn, string repository, string branch)
    {
        ConnectionArn = connectionArn;
        Repository = repository;
        Branch = branch;
    }

    /// <summary>The connection's ARN; null for CodeCommit.</summary>
    public string? ConnectionArn { get; }

    /// <summary><c>owner/name</c> behind a connection, or the CodeCommit repository's name.</summary>
    public string Repository { get; }

    public string Branch { get; }

    public bool IsConnection => ConnectionArn is not null;

    /// <exception cref="ArgumentException">Half a connection, both kinds at once, or a malformed ARN, repository or branch.</exception>
    public static PipelineSource FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var connectionArn = CdkContext.String(node, ConnectionArnContextKey);
        var repository = CdkContext.String(node, RepositoryContextKey);
        var codeCommit = CdkContext.String(node, CodeCommitRepositoryContextKey);
        var branch = CdkContext.String(node, BranchContextKey) ?? DefaultBranch;
        if (!GitBranch().IsMatch(branch) || branch[0] is '-' or '/' || branch.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"CDK context '{BranchContextKey}' is '{branch}', not a branch name.", nameof(node));
        }

        return (connectionArn, repository, codeCommit) switch
        {
            (null, null, _) => new PipelineSource(null, CodeCommitName(codeCommit ?? DefaultCodeCommitRepository), branch),
            ({ } arn, { } ownerAndName, null) => new PipelineSource(ValidConnectionArn(arn), OwnerAndName(ownerAndName), branch),
            (_, _, { }) => throw new ArgumentException(
                $"CDK context '{CodeCommitRepositoryContextKey}' and '{ConnectionArnContextKey}'/'{RepositoryContextKey}' name two sources: "
                + "give a connection (both of its keys) or a CodeCommit repository, not both.", nameof(node)),
            _ => throw new ArgumentException(
                $"CDK context '{ConnectionArnContextKey}' and '{RepositoryContextKey}' go together: give both (a connection and the "
                + $"owner/name it reaches) or neither (CodeCommit, '{CodeCommitRepositoryContextKey}', default '{DefaultCodeCommitRepository}').",
                nameof(node)),
        };
    }

    /// <summary>The pipeline's source action; a CodeCommit repository is looked up by name in <paramref name="scope"/>'s account and region.</summary>
    public CodePipelineSource ToCodePipelineSource(Construct scope) =>
        ConnectionArn is { } arn
            ? CodePipelineSource.Connection(Repository, Branch, new ConnectionSourceOptions { ConnectionArn = arn })
            : CodePipelineSource.CodeCommit(Amazon.CDK.AWS.CodeCommit.Repository.FromRepositoryName(scope, "SourceRepository", Repository), Branch);

    private static string ValidConnectionArn(string arn) =>
        ConnectionArnPattern().IsMatch(arn)
            ? arn
            : throw new ArgumentException(
                $"CDK context '{ConnectionArnContextKey}' is '{arn}', not a connection ARN "
                + "(arn:aws:codeconnections:<region>:<account>:connection/<id>, or the older codestar-connections form).", nameof(arn));

    private static string OwnerAndName(string repository) =>
        OwnerAndNamePattern().IsMatch(repository)
            ? repository
            : throw new ArgumentException($"CDK context '{RepositoryContextKey}' is '{repository}', not owner/name (e.g. git-goods/git-goods).", nameof(repository));

    private static string CodeCommitName(string name) =>
        CodeCommitNamePattern().IsMatch(name)
            ? name
            : throw new ArgumentException($"CDK context '{CodeCommitRepositoryContextKey}' is '{name}', not a CodeCommit repository name.", nameof(name));

    [GeneratedRegex("^arn:aws[a-z-]*:(codeconnections|codestar-connections):[a-z0-9-]+:[0-9]{12}:connection/[A-Za-z0-9-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex ConnectionArnPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OwnerAndNamePattern();

    /// <summary>CodeCommit's rule: 1–100 letters, digits, '.', '_' or '-'.</summary>
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CodeCommitNamePattern();

    /// <summary>A plain branch name: letters, digits, ".", "_", "/" and "-" (FromContext also refuses a leading "-" or "/" and "..").</summary>
    [GeneratedRegex("^[A-Za-z0-9._/-]{1,255}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GitBranch();
}
