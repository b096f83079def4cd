using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GitGoods.LocalEnvironment.Startup;

/// <summary>Prints where everything is once the stack answers. Scripts and tests wait for <see cref="ReadyLine"/>.</summary>
public sealed class ReadyBanner(IServer server, DynamoDbEngine engine, SqsEngine sqs, LocalEnvironmentOptions options, AdminCredentials admin, TextWriter output)
{
    public const string ReadyLine = "Git Goods local environment ready at ";

    public void Print()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var url = urls.FirstOrDefault() ?? options.Urls;
        var data = engine.IsManaged ? (options.DynamoDbInMemory ? "(in memory)" : options.DataDirectory) : "(external DynamoDB)";
        var web = File.Exists(Path.Combine(options.WebRoot, "index.html"))
            ? options.WebRoot
            : $"not built (no index.html in {options.WebRoot}): npm --prefix src/Web run build";
        output.WriteLine($"""

            {ReadyLine}{url}
              Shop:      {string.Join(", ", urls)}
              API:       {url}/api  (try {url}/api/products)
              Web app:   {web}
              Config:    {url}/config.json
              DynamoDB:  {engine.Endpoint.GetLeftPart(UriPartial.Authority)} (table {options.TableName})
              Data:      {data}
              SQS:       {sqs.Endpoint.GetLeftPart(UriPartial.Authority)} (fauxqs; queue gitgoods-orders, dead letters gitgoods-orders-dlq)
              Analytics: {options.AnalyticsDirectory}  (the lake's Parquet/CSV files; docs/analytics-lake.md)
              Outbox:    {url}/local/outbox  (the SMS and e-mails the shop sends)
              Cognito:   {url}/cognito  (pool {UserPool.Id}, client {UserPool.ClientId})
              Admin key: Cognito's Admin* calls must be SigV4-signed with this key ({Path.Combine(options.IdentityDirectory, AdminCredentials.FileName)}), e.g.
                {AdminExample(url)}
              Rate limit: {RateLimit(options.RateLimit)}
              Demo users (password {DemoUsers.Password}):
                {string.Join(Environment.NewLine + "    ", DemoUsers.All.Select(u => u.Email + (u.Group is null ? "" : $" ({u.Group})")))}
            Press Ctrl-C to stop.

            """);
        output.Flush();
    }

    /// <summary>The exact AWS CLI line that makes the demo shopper a seller with the admin key.</summary>
    public string AdminExample(string url) =>
        $"AWS_ACCESS_KEY_ID={admin.AccessKeyId} AWS_SECRET_ACCESS_KEY={admin.SecretAccessKey} aws --region {UserPool.Region} --endpoint-url {url}/cognito " +
        $"cognito-idp admin-add-user-to-group --user-pool-id {UserPool.Id} --username shopper@gitgoods.local --group-name sellers";

    private static string RateLimit(RateLimitOptions limit) => limit.IsEnabled
        ? $"{limit.Permits} requests per {limit.WindowSeconds} s per client IP, as the WAF rule (--rate-limit-permits 0 turns it off)"
        : "off";
}
