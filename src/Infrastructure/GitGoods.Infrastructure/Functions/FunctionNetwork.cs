using Amazon.CDK.AWS.EC2;

namespace GitGoods.Infrastructure.Functions;

/// <summary>Where a function runs when it needs a VPC (the catalogue cache's readers): the VPC, its subnets and the function's security group.</summary>
public sealed record FunctionNetwork(IVpc Vpc, SubnetSelection Subnets, ISecurityGroup SecurityGroup);
