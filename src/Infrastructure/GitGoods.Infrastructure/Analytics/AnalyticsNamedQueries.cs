using Amazon.CDK.AWS.Athena;

using Constructs;

using GitGoods.Analytics.Queries;

namespace GitGoods.Infrastructure.Analytics;

/// <summary>
/// The saved queries of the analytics workgroup: every <see cref="AnalyticsQueries.All"/> entry and every view definition of
/// <see cref="AnalyticsQueries.Views"/> (which the platform team runs once after a deploy, docs/deploy.md), word for word, in
/// the analytics database. The suite runs the same SQL on DuckDB over the same kind of files.
/// </summary>
internal static class AnalyticsNamedQueries
{
    public static IReadOnlyDictionary<string, CfnNamedQuery> Create(Construct scope, CfnWorkGroup workGroup, string databaseName,
        IEnumerable<Amazon.CDK.CfnResource> tables) =>
        AnalyticsQueries.Saved.ToDictionary(q => q.Name, q =>
        {
            var query = new CfnNamedQuery(scope, "Query-" + q.Name, new CfnNamedQueryProps
            {
                Name = q.Name,
                Description = q.Description,
                Database = databaseName,
                WorkGroup = workGroup.Name,
                QueryString = q.Sql,
            });
            query.Node.AddDependency(workGroup);
            foreach (var table in tables)
            {
                query.Node.AddDependency(table);
            }

            return query;
        }, StringComparer.Ordinal);
}
